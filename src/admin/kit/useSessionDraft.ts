import { useCallback, useEffect, useRef, useState } from 'react';

/** A draft kept in session storage. */
export interface StoredDraft<Values> {
  /** The form values as the admin left them. */
  values: Values;
  /** When the draft was written (ISO 8601). */
  savedAt: string;
  /** The stored record's version the draft was based on (`null` for a new record). */
  baseVersion: number | null;
}

export interface UseSessionDraftOptions<Values> {
  /** Storage key of the draft, e.g. `customPage:42` or `customPage:new`; `null` keeps no draft. */
  key: string | null;
  /** The current form values. */
  values: Values;
  /** Whether the form has unsaved changes; only then is a draft written. */
  dirty: boolean;
  /** The version of the stored record being edited (`null` for a new one). */
  baseVersion: number | null;
  /** Delay between the last change and writing the draft, in ms. @default 500 */
  debounceMs?: number | undefined;
  /** The storage to use. @default window.sessionStorage */
  storage?: Storage | undefined;
}

/** What {@link useSessionDraft} returns. */
export interface SessionDraft<Values> {
  /** A draft found when the editor opened, until it is restored or discarded. */
  pending: StoredDraft<Values> | null;
  /** Returns the pending draft's values and forgets the offer. */
  restore: () => Values | undefined;
  /** Deletes the draft (after a save, or when the admin declines it). */
  discard: () => void;
}

const PREFIX = 'helpdesk-portal-kit:draft:';

function defaultStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    // Storage can be switched off; drafts are then simply not kept.
    return undefined;
  }
}

function readDraft<Values>(storage: Storage | undefined, key: string | null): StoredDraft<Values> | null {
  if (!storage || key === null) return null;
  try {
    const raw = storage.getItem(PREFIX + key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredDraft<Values>>;
    if (typeof parsed !== 'object' || parsed === null || !('values' in parsed) || typeof parsed.savedAt !== 'string') return null;
    return { values: parsed.values as Values, savedAt: parsed.savedAt, baseVersion: typeof parsed.baseVersion === 'number' ? parsed.baseVersion : null };
  } catch {
    return null;
  }
}

/**
 * Keeps the unsaved input of a form in session storage, so a crash, a reload or an
 * accidental close of the tab offers to restore it. A draft is written (debounced) while the
 * form is dirty and removed by `discard()`, which the editor calls after a successful save.
 */
export function useSessionDraft<Values>({
  key,
  values,
  dirty,
  baseVersion,
  debounceMs = 500,
  storage: storageOption,
}: UseSessionDraftOptions<Values>): SessionDraft<Values> {
  const storage = storageOption ?? defaultStorage();
  // Read once per key, before the first write could replace it. The storage is outside
  // React, so reading it in an effect (not during render) keeps server and client output equal.
  const [pending, setPending] = useState<StoredDraft<Values> | null>(null);
  const offeredKey = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (offeredKey.current === key) return;
    offeredKey.current = key;
    setPending(readDraft<Values>(storage, key));
  }, [key, storage]);

  useEffect(() => {
    // While a draft waits for an answer, never overwrite it with the freshly loaded record.
    if (!storage || key === null || !dirty || pending) return undefined;
    const timer = setTimeout(() => {
      try {
        const draft: StoredDraft<Values> = { values, savedAt: new Date().toISOString(), baseVersion };
        storage.setItem(PREFIX + key, JSON.stringify(draft));
      } catch {
        // Quota exceeded (a 5 MB paste): the form still holds the input; only the safety copy is missing.
      }
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [storage, key, values, dirty, baseVersion, debounceMs, pending]);

  const restore = useCallback(() => {
    const values = pending?.values;
    setPending(null);
    return values;
  }, [pending]);

  const discard = useCallback(() => {
    setPending(null);
    if (!storage || key === null) return;
    try {
      storage.removeItem(PREFIX + key);
    } catch {
      // Nothing to clean up if storage is unavailable.
    }
  }, [storage, key]);

  return { pending, restore, discard };
}

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isAbortError, toAdminError, type AdminError } from '../kit/adapterError.js';
import type { SaveStatus } from '../kit/SaveBar/SaveBar.js';
import { useLatest } from '../kit/useLatest.js';
import { useSessionDraft, type SessionDraft } from '../kit/useSessionDraft.js';
import { useUnsavedChangesGuard, type NavigationBlocker, type UseNavigationBlocker } from '../kit/useUnsavedChangesGuard.js';

/** Where loading the settings stands. */
export type SettingsEditorStatus = 'loading' | 'ready' | 'error';

/** A save that met a newer stored version. */
export interface SettingsConflict<Values, Stored> {
  /** The admin's values when the save was refused. */
  mine: Values;
  /** The stored settings now, or `null` when they could not be loaded. */
  theirs: Stored | null;
}

/** Options every settings editor (layout, scripts) shares. */
export interface SettingsEditorOptions<Stored> {
  /** Called after every successful save. */
  onSaved?: ((record: Stored, details: { close: boolean }) => void) | undefined;
  /** Called when the editor should close ("Save and close" succeeded, or the admin left). */
  onClose?: (() => void) | undefined;
  /** The host router's blocker hook (React Router's `useBlocker` fits). */
  useBlocker?: UseNavigationBlocker | undefined;
  /** Where drafts are kept. @default window.sessionStorage */
  draftStorage?: Storage | undefined;
}

interface Definition<Values, Stored> extends SettingsEditorOptions<Stored> {
  draftKey: string;
  load: (signal: AbortSignal) => Promise<Stored | null>;
  store: (values: Values, previousVersion: number | null) => Promise<Stored>;
  toValues: (record: Stored | null) => Values;
}

/** The state of a settings editor (see `useLayoutEditor`, `useScriptSettingsEditor`). */
export interface SettingsEditorState<Values, Stored> {
  status: SettingsEditorStatus;
  loadError: AdminError | null;
  reload: () => void;
  /** The stored settings as last loaded or saved; `null` when none were saved yet. */
  record: Stored | null;
  values: Values;
  /** Replaces the values (or updates them from the previous ones). */
  setValues: (next: Values | ((previous: Values) => Values)) => void;
  dirty: boolean;
  saveStatus: SaveStatus;
  /** Why the last save failed (conflicts are in `conflict`). */
  saveError: AdminError | null;
  /** Saves; resolves with the stored settings, or `undefined` when nothing was stored. */
  save: (options?: { close?: boolean }) => Promise<Stored | undefined>;
  conflict: SettingsConflict<Values, Stored> | null;
  keepMine: () => Promise<Stored | undefined>;
  takeTheirs: () => void;
  copyMineThenReload: () => Promise<void>;
  dismissConflict: () => void;
  draft: SessionDraft<Values> & { restoreIntoForm: () => void };
  blocker: NavigationBlocker;
  requestClose: () => void;
  leaveRequested: boolean;
  answerLeave: (leave: boolean) => void;
  /**
   * Shows settings stored elsewhere as the editor's current version (a restored revision): the
   * values become theirs, unsaved changes and the draft are dropped.
   */
  adoptRecord: (record: Stored) => void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The shared logic of the singleton settings editors: load, edit, save with the version the
 * edit started from, conflicts (keep mine / take theirs / copy mine), drafts in session
 * storage and the unsaved-changes guard. A failed save keeps every value.
 */
export function useSettingsEditor<Values, Stored extends { version: number }>(definition: Definition<Values, Stored>): SettingsEditorState<Values, Stored> {
  const { draftKey, onSaved, onClose, useBlocker, draftStorage } = definition;
  const fns = useLatest(definition);
  const callbacks = useLatest({ onSaved, onClose });
  const [record, setRecord] = useState<Stored | null>(null);
  const [baseline, setBaseline] = useState<Values>(() => definition.toValues(null));
  const [values, setValuesState] = useState<Values>(baseline);
  const [status, setStatus] = useState<SettingsEditorStatus>('loading');
  const [loadError, setLoadError] = useState<AdminError | null>(null);
  const [reloadCount, setReloadCount] = useState(0);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>('idle');
  const [saveError, setSaveError] = useState<AdminError | null>(null);
  const [conflict, setConflict] = useState<SettingsConflict<Values, Stored> | null>(null);
  const [leaveRequested, setLeaveRequested] = useState(false);
  const [closeAfterSave, setCloseAfterSave] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const saving = useRef(false);
  const recordRef = useLatest(record);
  const dirty = !same(values, baseline);

  useEffect(() => {
    const controller = new AbortController();
    setStatus('loading');
    setLoadError(null);
    fns.current.load(controller.signal).then(
      (loaded) => {
        if (controller.signal.aborted) return;
        const loadedValues = fns.current.toValues(loaded);
        setRecord(loaded);
        setBaseline(loadedValues);
        setValuesState(loadedValues);
        setStatus('ready');
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        setLoadError(toAdminError(error));
        setStatus('error');
      },
    );
    return () => controller.abort();
  }, [fns, reloadCount]);

  const setValues = useCallback((next: Values | ((previous: Values) => Values)) => {
    setValuesState((previous) => (typeof next === 'function' ? (next as (previous: Values) => Values)(previous) : next));
  }, []);

  const draft = useSessionDraft<Values>({ key: status === 'ready' ? draftKey : null, values, dirty, baseVersion: record?.version ?? null, storage: draftStorage });
  const discardDraft = useLatest(draft.discard);

  const write = useCallback(
    async (submitted: Values, close: boolean, previousVersion: number | null): Promise<Stored | undefined> => {
      if (saving.current) return undefined;
      saving.current = true;
      setSaveStatus(close ? 'saving-and-closing' : 'saving');
      setSaveError(null);
      try {
        const saved = await fns.current.store(submitted, previousVersion);
        discardDraft.current();
        const savedValues = fns.current.toValues(saved);
        setRecord(saved);
        setBaseline(savedValues);
        // The admin may have typed on while the save ran: keep that.
        setValuesState((current) => (same(current, submitted) ? savedValues : current));
        setSaveStatus('saved');
        setConflict(null);
        callbacks.current.onSaved?.(saved, { close });
        if (close) setCloseAfterSave(true);
        return saved;
      } catch (error) {
        const adminError = toAdminError(error);
        setSaveStatus('error');
        if (adminError.kind === 'conflict') {
          const current = adminError.current as Stored | null | undefined;
          const theirs = current && typeof current === 'object' ? current : await fns.current.load(new AbortController().signal).catch(() => null);
          setConflict({ mine: submitted, theirs });
        } else {
          setSaveError(adminError);
        }
        return undefined;
      } finally {
        saving.current = false;
      }
    },
    [fns, callbacks, discardDraft],
  );

  const save = useCallback(
    (options: { close?: boolean } = {}) => write(values, options.close === true, recordRef.current?.version ?? null),
    [write, values, recordRef],
  );

  const keepMine = useCallback(async () => {
    if (!conflict) return undefined;
    return write(conflict.mine, false, conflict.theirs?.version ?? recordRef.current?.version ?? null);
  }, [conflict, write, recordRef]);

  const takeTheirs = useCallback(() => {
    const theirs = conflict?.theirs ?? null;
    const theirValues = fns.current.toValues(theirs);
    setRecord(theirs);
    setBaseline(theirValues);
    setValuesState(theirValues);
    setConflict(null);
    setSaveStatus('idle');
  }, [conflict, fns]);

  const copyMineThenReload = useCallback(async () => {
    if (!conflict) return;
    await navigator.clipboard.writeText(JSON.stringify(conflict.mine, null, 2));
    takeTheirs();
  }, [conflict, takeTheirs]);

  const blocker = useUnsavedChangesGuard(dirty && !leaving, useBlocker);

  useEffect(() => {
    if (!closeAfterSave) return;
    setCloseAfterSave(false);
    callbacks.current.onClose?.();
  }, [closeAfterSave, callbacks]);

  const requestClose = useCallback(() => {
    if (dirty) setLeaveRequested(true);
    else callbacks.current.onClose?.();
  }, [dirty, callbacks]);

  const answerLeave = useCallback(
    (leave: boolean) => {
      setLeaveRequested(false);
      if (!leave) return;
      setLeaving(true);
      discardDraft.current();
      callbacks.current.onClose?.();
    },
    [callbacks, discardDraft],
  );

  const adoptRecord = useCallback(
    (stored: Stored) => {
      discardDraft.current();
      const storedValues = fns.current.toValues(stored);
      setRecord(stored);
      setBaseline(storedValues);
      setValuesState(storedValues);
      setConflict(null);
      setSaveStatus('idle');
      setSaveError(null);
    },
    [fns, discardDraft],
  );

  const restoreIntoForm = useCallback(() => {
    const restored = draft.restore();
    if (restored !== undefined) setValuesState(restored);
  }, [draft]);

  return {
    status,
    loadError,
    reload: useCallback(() => setReloadCount((count) => count + 1), []),
    record,
    values,
    setValues,
    dirty,
    saveStatus,
    saveError,
    save,
    conflict,
    keepMine,
    takeTheirs,
    copyMineThenReload,
    dismissConflict: useCallback(() => setConflict(null), []),
    draft: useMemo(() => ({ ...draft, restoreIntoForm }), [draft, restoreIntoForm]),
    blocker,
    requestClose,
    leaveRequested,
    answerLeave,
    adoptRecord,
  };
}

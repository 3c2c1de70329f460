import type { i18n as I18nInstance } from 'i18next';
import { useMemo, useSyncExternalStore } from 'react';
import type { UseTranslationResponse } from 'react-i18next';
import { I18N_NAMESPACE } from '../../i18n/namespace.js';
import { usePortal } from './context.js';

// Bumped when an instance's language changes, so translated components re-render as with
// react-i18next's `useTranslation` (which re-renders on `languageChanged` by default).
const revisions = new WeakMap<I18nInstance, number>();

function subscribeTo(i18n: I18nInstance) {
  return (onChange: () => void) => {
    const handler = () => {
      revisions.set(i18n, (revisions.get(i18n) ?? 0) + 1);
      onChange();
    };
    i18n.on('languageChanged', handler);
    return () => i18n.off('languageChanged', handler);
  };
}

type FixedT = ReturnType<I18nInstance['getFixedT']>;

// Translations already looked up, per resource store and instance options: i18next's `t`
// resolves, interpolates and post-processes on every call, which is most of a server render's
// time spent in components. The same key, language and options give the same string until the
// store changes, so the memory is dropped whenever a bundle or resource is added or removed.
// Only strings are kept, never a missing key (i18next reports those on every call), and only
// for options of plain values. Bounded per store.
const MEMORY_LIMIT = 2000;
const memories = new WeakMap<object, Map<string, string>>();
const optionIds = new WeakMap<object, number>();
let nextOptionsId = 0;
const fixedTs = new WeakMap<I18nInstance, Map<string, FixedT>>();

function memoryOf(i18n: I18nInstance): Map<string, string> | undefined {
  const store = i18n.store as (I18nInstance['store'] & object) | undefined;
  if (!store || typeof store.on !== 'function') return undefined;
  let memory = memories.get(store);
  if (!memory) {
    const created = new Map<string, string>();
    const forget = () => created.clear();
    store.on('added', forget);
    store.on('removed', forget);
    memories.set(store, (memory = created));
  }
  return memory;
}

function isPlain(options: unknown): options is Record<string, string | number | boolean | undefined> | undefined {
  if (options === undefined) return true;
  if (typeof options !== 'object' || options === null || Object.getPrototypeOf(options) !== Object.prototype) return false;
  for (const value of Object.values(options)) {
    if (value !== undefined && typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return false;
  }
  return true;
}

/** `t` in `language` that looks each translation up once (see above); the same results as i18next's own. */
function rememberingT(i18n: I18nInstance, language: string): FixedT {
  let byLanguage = fixedTs.get(i18n);
  if (!byLanguage) fixedTs.set(i18n, (byLanguage = new Map()));
  let fixed = byLanguage.get(language);
  if (!fixed) byLanguage.set(language, (fixed = i18n.getFixedT(language, I18N_NAMESPACE)));
  const translate = fixed as unknown as (...args: unknown[]) => unknown;
  const memory = memoryOf(i18n);
  let optionsId = optionIds.get(i18n.options);
  if (optionsId === undefined) optionIds.set(i18n.options, (optionsId = (nextOptionsId += 1)));
  const prefix = `${optionsId}\u0000${language}\u0000`;
  const t = (key: unknown, options?: unknown, ...rest: unknown[]) => {
    if (!memory || rest.length > 0 || typeof key !== 'string' || !isPlain(options)) return translate(key, options, ...rest);
    const id = options === undefined ? prefix + key : `${prefix}${key}\u0000${JSON.stringify(options)}`;
    const known = memory.get(id);
    if (known !== undefined) return known;
    const text = translate(key, options);
    if (typeof text === 'string' && text !== key) {
      if (memory.size >= MEMORY_LIMIT) memory.delete(memory.keys().next().value as string);
      memory.set(id, text);
    }
    return text;
  };
  return Object.assign(t, { lng: language, ns: I18N_NAMESPACE }) as unknown as FixedT;
}

/**
 * `t` for the library's strings in the portal's language. The language is fixed per
 * `PortalProvider`, so an admin preview in another language never switches the host's.
 *
 * Returns what react-i18next's `useTranslation` returns (`[t, i18n, ready]`, also as `t`,
 * `i18n` and `ready`), but reads the instance from the portal's context instead of calling
 * `useTranslation`: that one imports i18next's module, which would come along with every
 * component a host imports on its own. `PortalProvider` renders its children only once the
 * language's strings are in the instance, so they are ready on the first render (on the server
 * too).
 */
export function usePortalTranslation(): UseTranslationResponse<typeof I18N_NAMESPACE, undefined> {
  const { language, i18n } = usePortal('usePortalTranslation');
  const subscribe = useMemo(() => subscribeTo(i18n), [i18n]);
  const getRevision = () => revisions.get(i18n) ?? 0;
  const revision = useSyncExternalStore(subscribe, getRevision, getRevision);
  return useMemo(() => {
    const t = rememberingT(i18n, language);
    const ready = i18n.isInitialized || Boolean(i18n.initializedStoreOnce);
    const result = [t, i18n, ready] as unknown as UseTranslationResponse<typeof I18N_NAMESPACE, undefined>;
    return Object.assign(result, { t, i18n, ready });
    // `revision` re-creates the result (and so re-renders memoized consumers) after a language change.
  }, [i18n, language, revision]);
}

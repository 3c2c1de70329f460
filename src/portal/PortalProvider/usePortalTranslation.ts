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
    const t = i18n.getFixedT(language, I18N_NAMESPACE);
    const ready = i18n.isInitialized || Boolean(i18n.initializedStoreOnce);
    const result = [t, i18n, ready] as unknown as UseTranslationResponse<typeof I18N_NAMESPACE, undefined>;
    return Object.assign(result, { t, i18n, ready });
    // `revision` re-creates the result (and so re-renders memoized consumers) after a language change.
  }, [i18n, language, revision]);
}

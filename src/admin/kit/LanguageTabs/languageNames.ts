import { useMemo } from 'react';
import type { LanguageTag } from '../../../model/index.js';
import { usePortal } from '../../../portal/PortalProvider/index.js';

/** Languages offered when an admin adds a language, unless the host passes its own list. */
export const DEFAULT_CONTENT_LANGUAGES: readonly LanguageTag[] = [
  'en', 'de', 'fr', 'it', 'es', 'pt', 'pt-BR', 'nl', 'da', 'sv', 'nb', 'fi', 'pl', 'cs', 'hu', 'ro', 'tr', 'el', 'ru', 'uk', 'ar', 'he', 'fa', 'hi', 'zh-Hans', 'zh-Hant', 'ja', 'ko',
];

/** The name of a language tag in the admin's UI language ("German" / "Deutsch"), or the tag itself. */
export function useLanguageName(): (tag: LanguageTag) => string {
  const { language } = usePortal('useLanguageName');
  return useMemo(() => {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([language, 'en'], { type: 'language' });
    } catch {
      names = undefined;
    }
    return (tag: LanguageTag) => {
      try {
        return names?.of(tag) ?? tag;
      } catch {
        return tag;
      }
    };
  }, [language]);
}

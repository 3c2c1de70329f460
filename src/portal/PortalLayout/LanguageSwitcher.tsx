import { useId, type ComponentProps } from 'react';
import { usePortal } from '../PortalProvider/context.js';
import { usePortalTranslation } from '../PortalProvider/usePortalTranslation.js';
import { LanguageLabel, LanguageSelect } from './PortalLayout.styles.js';

const NAME = 'LanguageSwitcher';

export interface LanguageSwitcherProps extends Omit<ComponentProps<'select'>, 'value' | 'defaultValue' | 'onChange' | 'children'> {
  /** The languages the portal offers (BCP 47 tags), in the order to list them. */
  languages: readonly string[];
  /** The selected language. @default the `PortalProvider`'s language */
  value?: string | undefined;
  /** Called with the language the visitor picked; the host then changes `PortalProvider`'s `language`. */
  onValueChange: (language: string) => void;
  /** The visible label. @default the translated "Language" */
  label?: string | undefined;
}

/**
 * Names already looked up: building an `Intl.DisplayNames` loads locale data, every render did.
 * The bundled languages are named up front (as `Intl.DisplayNames` names them), so the portal's
 * first render loads no locale data for them: that took tens of milliseconds in one go on a
 * phone, and the server and the browser could name a language differently.
 */
const names = new Map<string, string>([
  ['en', 'English'],
  ['de', 'Deutsch'],
  ['fr', 'Français'],
  ['ar', 'العربية'],
]);

/** A language's name in that language, capitalised as a list entry: `fr` → "Français". */
export function languageName(tag: string): string {
  let name = names.get(tag);
  if (name === undefined) {
    name = lookUpLanguageName(tag);
    names.set(tag, name);
  }
  return name;
}

function lookUpLanguageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    if (!name || name === tag) return tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

/**
 * A labelled select of the portal's languages, each named in itself (and marked with its `lang`
 * so screen readers pronounce it right). Changing it calls `onValueChange`.
 */
export function LanguageSwitcher({ languages, value, onValueChange, label, ...rest }: LanguageSwitcherProps) {
  const { language } = usePortal(NAME);
  const { t } = usePortalTranslation();
  const id = useId();
  const selected = value ?? language;
  // The current language is always selectable, even when the host's list lacks it.
  const options = languages.includes(selected) ? languages : [selected, ...languages];
  return (
    <LanguageLabel htmlFor={rest.id ?? id} data-slot="language-switcher">
      {label ?? t('common.language')}
      <LanguageSelect
        id={id}
        {...rest}
        value={selected}
        onChange={(event) => onValueChange(event.target.value)}
        data-slot="language-switcher-select"
      >
        {options.map((tag) => (
          <option key={tag} value={tag} lang={tag}>
            {languageName(tag)}
          </option>
        ))}
      </LanguageSelect>
    </LanguageLabel>
  );
}
LanguageSwitcher.displayName = NAME;

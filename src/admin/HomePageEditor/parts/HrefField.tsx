import { useState, type ReactNode } from 'react';
import { toSafeHref } from '../../../security/index.js';
import { TextField } from '../../kit/Field/index.js';
import { useHomeEditorTranslation } from '../i18n.js';

/** Whether an admin's link would be rendered as a link by the portal (empty counts as no link). */
export function isAcceptedHref(href: string | undefined): boolean {
  if (href === undefined || href.trim() === '') return true;
  return toSafeHref(href.trim()) !== undefined;
}

export interface HrefFieldProps {
  /** The visible label. */
  label: ReactNode;
  /** The stored destination. */
  value: string | undefined;
  /** Called with the new destination (`undefined` when emptied). */
  onValueChange: (href: string | undefined) => void;
  /** A problem found on save. */
  error?: string | undefined;
  /** Whether a destination is needed. @default false */
  required?: boolean | undefined;
}

/**
 * A link destination: a path (`/page/help`) or an `http(s):`, `mailto:` or `tel:` URL. Anything
 * else (`javascript:`, `data:`) is refused with a message as soon as the admin leaves the field.
 */
export function HrefField({ label, value, onValueChange, error, required = false }: HrefFieldProps) {
  const { t } = useHomeEditorTranslation();
  const [touched, setTouched] = useState(false);
  const refused = (touched || error !== undefined) && !isAcceptedHref(value);
  return (
    <TextField
      label={label}
      description={t('homeEditor.hrefDescription')}
      required={required}
      autoComplete="off"
      inputMode="url"
      value={value ?? ''}
      onChange={(event) => onValueChange(event.target.value === '' ? undefined : event.target.value)}
      onBlur={() => setTouched(true)}
      error={refused ? t('homeEditor.hrefUnsafe') : error}
      data-slot="href-input"
    />
  );
}

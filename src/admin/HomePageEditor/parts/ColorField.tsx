import { useState, type ReactNode } from 'react';
import { isColor } from '../../../theme/index.js';
import { TextField } from '../../kit/Field/index.js';
import { useHomeEditorTranslation } from '../i18n.js';

/** Whether a colour an admin typed is usable (empty means "none"). */
export function isAcceptedColor(color: string | undefined): boolean {
  return color === undefined || color.trim() === '' || isColor(color.trim());
}

export interface ColorFieldProps {
  /** The visible label. */
  label: ReactNode;
  /** The stored colour. */
  value: string | undefined;
  /** Called with the new colour (`undefined` when emptied). */
  onValueChange: (color: string | undefined) => void;
  /** A problem found on save. */
  error?: string | undefined;
}

/** Any CSS colour (`#1f6feb`, `rebeccapurple`, `oklch(…)`); an unknown colour is refused with a message. */
export function ColorField({ label, value, onValueChange, error }: ColorFieldProps) {
  const { t } = useHomeEditorTranslation();
  const [touched, setTouched] = useState(false);
  const refused = (touched || error !== undefined) && !isAcceptedColor(value);
  return (
    <TextField
      label={label}
      description={t('homeEditor.colorDescription')}
      autoComplete="off"
      spellCheck={false}
      value={value ?? ''}
      onChange={(event) => onValueChange(event.target.value === '' ? undefined : event.target.value)}
      onBlur={() => setTouched(true)}
      error={refused ? t('homeEditor.colorInvalid') : error}
      data-slot="color-input"
    />
  );
}

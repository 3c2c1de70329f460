import type { ComponentProps, ReactNode } from 'react';
import { styled } from 'styled-components';
import { VALIDITIES, type Validity } from '../../../model/index.js';

import { Field } from '../Field/Field.js';
import { pillBadgeStyles } from '../badge.styles.js';
import { Select } from '../primitives.styles.js';
import { useAdminTranslation } from '../../i18n.js';

export interface ValiditySelectProps extends Omit<ComponentProps<'select'>, 'children'> {
  /** The label. @default "Validity" in the portal's language */
  label?: ReactNode;
  /** The error to show, already translated. */
  error?: string | undefined;
  /** Help under the label. @default a sentence saying only valid records appear in the portal */
  description?: ReactNode;
}

/**
 * The validity of a record: valid, invalid, or temporarily invalid. Works controlled
 * (`value` / `onChange`) or with react-hook-form's `register`.
 */
export function ValiditySelect({ label, error, description, required = true, ...selectProps }: ValiditySelectProps) {
  const { t } = useAdminTranslation();
  return (
    <Field
      label={label ?? t('admin.validityLabel')}
      description={description ?? t('admin.validityDescription')}
      error={error}
      required={required}
      data-slot="validity-field"
    >
      {(controlProps) => (
        <Select {...selectProps} {...controlProps} data-slot="validity-select">
          {VALIDITIES.map((validity) => (
            <option key={validity} value={validity}>
              {t(VALIDITY_LABEL_KEYS[validity])}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
ValiditySelect.displayName = 'ValiditySelect';

/** The i18n key of each validity's label. */
export const VALIDITY_LABEL_KEYS: Record<Validity, string> = {
  valid: 'admin.validityValid',
  invalid: 'admin.validityInvalid',
  'invalid-temporarily': 'admin.validityInvalidTemporarily',
};

const Badge = styled.span<{ $validity: Validity }>`
  ${pillBadgeStyles}
  gap: ${({ theme }) => theme.space.xxs};
  color: ${({ theme, $validity }) =>
    $validity === 'valid' ? theme.color.successText : $validity === 'invalid' ? theme.color.dangerText : theme.color.warningText};
  &::before {
    content: '';
    inline-size: 0.5em;
    block-size: 0.5em;
    border-radius: 50%;
    background: currentColor;
  }
`;

export interface ValidityBadgeProps extends Omit<ComponentProps<'span'>, 'children'> {
  /** The validity to show. */
  validity: Validity;
}

/** The validity of a record as a small coloured label (in lists). */
export function ValidityBadge({ validity, ...rest }: ValidityBadgeProps) {
  const { t } = useAdminTranslation();
  return (
    <Badge $validity={validity} data-slot="validity-badge" data-state={validity} {...rest}>
      {t(VALIDITY_LABEL_KEYS[validity])}
    </Badge>
  );
}
ValidityBadge.displayName = 'ValidityBadge';

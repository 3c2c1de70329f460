import type { ComponentProps } from 'react';
import type { CustomerGroup } from '../../../model/audience.js';
import { useAdminTranslation } from '../../i18n.js';
import { Field } from '../Field/index.js';
import { Select } from '../primitives.styles.js';

/**
 * Who a preview shows the portal to: an anonymous visitor, a signed-in customer in no group,
 * or a signed-in customer in one customer group (its id).
 */
export type PreviewAudience = { kind: 'anonymous' } | { kind: 'customer' } | { kind: 'group'; group: string };

/** The groups of the preview's customer: none, or the one group impersonated. */
export function previewGroupsOf(audience: PreviewAudience): string[] {
  return audience.kind === 'group' ? [audience.group] : [];
}

const valueOf = (audience: PreviewAudience) => (audience.kind === 'group' ? `group:${audience.group}` : audience.kind);
const audienceOf = (value: string): PreviewAudience =>
  value.startsWith('group:') ? { kind: 'group', group: value.slice('group:'.length) } : value === 'customer' ? { kind: 'customer' } : { kind: 'anonymous' };

export interface PreviewAudienceSelectProps extends Omit<ComponentProps<'select'>, 'children' | 'value' | 'onChange'> {
  /** Who the preview shows the portal to. */
  value: PreviewAudience;
  /** Receives the audience chosen. */
  onValueChange: (value: PreviewAudience) => void;
  /** The customer groups to offer, one option each ("Customer in Gold"). @default none */
  groups?: readonly CustomerGroup[] | undefined;
}

/** "Seen by": anonymous visitor, signed-in customer (no groups), or a customer in each group. */
export function PreviewAudienceSelect({ value, onValueChange, groups = [], ...rest }: PreviewAudienceSelectProps) {
  const { t } = useAdminTranslation();
  const selected = valueOf(value);
  // A group chosen earlier that is no longer offered stays selectable until changed.
  const offered = value.kind === 'group' && !groups.some((group) => group.id === value.group) ? [...groups, { id: value.group, name: value.group }] : groups;
  return (
    <Field label={t('admin.previewAudience')} data-slot="preview-audience-field">
      {(controlProps) => (
        <Select {...rest} {...controlProps} value={selected} onChange={(event) => onValueChange(audienceOf(event.currentTarget.value))} data-slot="preview-audience">
          <option value="anonymous">{t('admin.previewAnonymous')}</option>
          <option value="customer">{t('admin.previewSignedIn')}</option>
          {offered.map((group) => (
            <option key={group.id} value={`group:${group.id}`}>
              {t('admin.previewInGroup', { group: group.name })}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
PreviewAudienceSelect.displayName = 'PreviewAudienceSelect';

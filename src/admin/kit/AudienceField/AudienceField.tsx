import { useId, useState, type ComponentProps, type Ref } from 'react';
import { styled } from 'styled-components';
import type { Audience, CustomerGroup } from '../../../model/audience.js';
import { useAdminTranslation } from '../../i18n.js';
import { FieldErrorText } from '../Field/Field.styles.js';
import { Button, ButtonRow } from '../primitives.styles.js';
import { AUDIENCE_CHOICES, type AudienceChoice } from './audienceForm.js';
import { useCustomerGroups } from './useCustomerGroups.js';

const NAME = 'AudienceField';
const BADGE_NAME = 'AudienceBadge';

const Fieldset = styled.fieldset`
  margin: 0 0 ${({ theme }) => theme.space.md};
  padding: 0;
  border: 0;
  min-inline-size: 0;
  & > legend {
    padding: 0;
    margin-block-end: ${({ theme }) => theme.space.xxs};
    font-weight: ${({ theme }) => theme.font.fontWeightBold};
    color: ${({ theme }) => theme.color.text};
  }
`;

const Hint = styled.p`
  margin: 0 0 ${({ theme }) => theme.space.xs};
  font-size: ${({ theme }) => theme.font.fontSizeSm};
  color: ${({ theme }) => theme.color.textMuted};
`;

const Choices = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
  display: grid;
  gap: ${({ theme }) => theme.space.xxs};
`;

/** A radio or checkbox with its label; rows at least 2rem apart, so each target has its 24 px (WCAG 2.5.8). */
const Choice = styled.label`
  display: inline-flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  min-block-size: 2rem;
  cursor: pointer;
  color: ${({ theme }) => theme.color.text};
  overflow-wrap: anywhere;
  & > input {
    flex: none;
    inline-size: 1.1rem;
    block-size: 1.1rem;
    margin: 0;
  }
`;

const Groups = styled.fieldset`
  margin-block: ${({ theme }) => theme.space.xs} 0;
  margin-inline: ${({ theme }) => theme.space.lg} 0;
  padding-block: ${({ theme }) => theme.space.xs};
  padding-inline: ${({ theme }) => theme.space.sm};
  border: 1px solid ${({ theme }) => theme.color.border};
  border-radius: ${({ theme }) => theme.radius.sm};
  min-inline-size: 0;
  display: grid;
  gap: ${({ theme }) => theme.space.xs};
  & > legend {
    padding-inline: ${({ theme }) => theme.space.xxs};
    font-weight: ${({ theme }) => theme.font.fontWeightBold};
    color: ${({ theme }) => theme.color.text};
  }
  & p {
    margin: 0;
  }
`;

const GroupList = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
  max-block-size: 18rem;
  overflow: auto;
  display: grid;
  gap: ${({ theme }) => theme.space.xxs};
`;

const Muted = styled.p`
  font-size: ${({ theme }) => theme.font.fontSizeSm};
  color: ${({ theme }) => theme.color.textMuted};
`;

const Warning = styled.p`
  font-size: ${({ theme }) => theme.font.fontSizeSm};
  color: ${({ theme }) => theme.color.warningText};
`;

const Danger = styled.p`
  font-size: ${({ theme }) => theme.font.fontSizeSm};
  color: ${({ theme }) => theme.color.dangerText};
`;

/** The i18n key of each choice's label. */
const CHOICE_LABEL_KEYS: Record<AudienceChoice, string> = {
  everyone: 'admin.audienceEveryone',
  anonymous: 'admin.audienceAnonymous',
  'signed-in': 'admin.audienceSignedIn',
  groups: 'admin.audienceGroups',
};

export interface AudienceFieldProps extends Omit<ComponentProps<'fieldset'>, 'children' | 'onChange' | 'ref'> {
  /** The stored audience; `undefined` for everyone. */
  value: Audience | undefined;
  /**
   * Receives the audience after each change; `undefined` for everyone. While "Customers in
   * these groups" has no group ticked it receives `{ kind: 'groups', groups: [] }`, which the
   * form reports as an error before saving.
   */
  onValueChange: (value: Audience | undefined) => void;
  /**
   * The translated error of the audience: of the groups (none ticked, too many) beside them, of
   * another choice (what the server refused) below the choices.
   */
  error?: string | undefined;
  /** The field's outer element, e.g. for a form library to focus it after a failed save. */
  ref?: Ref<HTMLFieldSetElement> | undefined;
}

/**
 * Who may see a record in the portal: everyone, anonymous visitors only, signed-in customers,
 * or customers in chosen groups. The groups come from the host's `customerGroups` adapter
 * (loading, error with "Try again", "no groups" states); a stored group the adapter no longer
 * lists stays ticked as an unknown group until the admin clears it, and without an adapter the
 * field says so and keeps the stored groups. Switching to another choice and back keeps the
 * groups ticked before. Needs the adapters of a `PortalProvider` or `PortalDataProvider`.
 */
export function AudienceField({ value, onValueChange, error, ref, ...rest }: AudienceFieldProps) {
  const { t } = useAdminTranslation();
  const id = useId();
  const choice: AudienceChoice = value?.kind ?? 'everyone';
  const storedGroups = value?.kind === 'groups' ? value.groups : undefined;
  // The groups ticked last, so that switching away from "groups" and back restores them.
  const [remembered, setRemembered] = useState<readonly string[]>(storedGroups ?? []);
  if (storedGroups && storedGroups !== remembered && storedGroups.join('\n') !== remembered.join('\n')) setRemembered(storedGroups);

  const choose = (next: AudienceChoice) => {
    if (next === 'everyone') onValueChange(undefined);
    else if (next === 'groups') onValueChange({ kind: 'groups', groups: [...remembered] });
    else onValueChange({ kind: next });
  };

  return (
    <Fieldset
      ref={ref}
      aria-describedby={error && !storedGroups ? `${id}-error` : undefined}
      data-slot="audience-field"
      data-state={choice}
      {...rest}
    >
      <legend>{t('admin.audienceLegend')}</legend>
      <Hint>{t('admin.audienceHint')}</Hint>
      <Choices>
        {AUDIENCE_CHOICES.map((option) => (
          <li key={option}>
            <Choice>
              <input type="radio" name={`${id}-kind`} value={option} checked={choice === option} onChange={() => choose(option)} data-slot="audience-choice" />
              <span>{t(CHOICE_LABEL_KEYS[option])}</span>
            </Choice>
          </li>
        ))}
      </Choices>
      {error && !storedGroups && (
        <FieldErrorText id={`${id}-error`} data-slot="field-error">
          {error}
        </FieldErrorText>
      )}
      {storedGroups && (
        <GroupChecklist
          selected={storedGroups}
          onSelectedChange={(groups) => onValueChange({ kind: 'groups', groups })}
          error={error}
          errorId={`${id}-error`}
        />
      )}
    </Fieldset>
  );
}
AudienceField.displayName = NAME;

interface GroupChecklistProps {
  selected: readonly string[];
  onSelectedChange: (groups: string[]) => void;
  error: string | undefined;
  errorId: string;
}

function GroupChecklist({ selected, onSelectedChange, error, errorId }: GroupChecklistProps) {
  const { t } = useAdminTranslation();
  const { available, result } = useCustomerGroups();
  const listed: readonly CustomerGroup[] = result.data ?? [];
  const listedIds = new Set(listed.map((group) => group.id));
  // Stored ids the adapter does not list: unknown once the list is there, merely unnamed before.
  const unlisted = selected.filter((group) => !listedIds.has(group));
  const known = available && result.status === 'success';
  const state = !available ? 'unavailable' : result.status === 'pending' ? 'loading' : result.status === 'error' ? 'error' : listed.length === 0 && unlisted.length === 0 ? 'empty' : 'ready';

  const toggle = (group: string, on: boolean) =>
    onSelectedChange(on ? [...selected.filter((candidate) => candidate !== group), group] : selected.filter((candidate) => candidate !== group));
  const box = (group: string, label: string, description?: string) => {
    const descriptionId = description ? `${errorId}-${group}` : undefined;
    return (
      <li key={group}>
        <Choice>
          <input
            type="checkbox"
            checked={selected.includes(group)}
            onChange={(event) => toggle(group, event.currentTarget.checked)}
            aria-describedby={descriptionId}
            data-slot="audience-group"
            data-group-id={group}
          />
          <span>{label}</span>
        </Choice>
        {description && <Muted id={descriptionId}>{description}</Muted>}
      </li>
    );
  };

  return (
    <Groups data-slot="audience-groups" data-state={state} aria-describedby={error ? errorId : undefined}>
      <legend>{t('admin.audienceGroupsLegend')}</legend>
      {state === 'unavailable' && <Warning data-slot="audience-groups-unavailable">{t('admin.audienceGroupsUnavailable')}</Warning>}
      {state === 'loading' && (
        <Muted role="status" data-slot="audience-groups-loading">
          {t('admin.audienceGroupsLoading')}
        </Muted>
      )}
      {state === 'error' && (
        <div role="alert" data-slot="audience-groups-error">
          <Danger>{t('admin.audienceGroupsFailed')}</Danger>
          <ButtonRow>
            <Button type="button" onClick={result.retry} disabled={result.isFetching} data-slot="audience-groups-retry">
              {t('common.retry')}
            </Button>
          </ButtonRow>
        </div>
      )}
      {state === 'empty' && <Muted data-slot="audience-groups-empty">{t('admin.audienceGroupsEmpty')}</Muted>}
      {(listed.length > 0 || unlisted.length > 0) && (
        <GroupList data-slot="audience-group-list">
          {listed.map((group) => box(group.id, group.name))}
          {unlisted.map((group) => (known ? box(group, t('admin.audienceUnknownGroup', { id: group }), t('admin.audienceUnknownHint')) : box(group, group)))}
        </GroupList>
      )}
      {error && (
        <FieldErrorText id={errorId} data-slot="field-error">
          {error}
        </FieldErrorText>
      )}
    </Groups>
  );
}

const Badge = styled.span`
  display: inline-flex;
  align-items: center;
  max-inline-size: 20em;
  padding-block: 0.1em;
  padding-inline: ${({ theme }) => theme.space.xs};
  border: 1px solid currentColor;
  border-radius: ${({ theme }) => theme.radius.pill};
  font-size: ${({ theme }) => theme.font.fontSizeSm};
  color: ${({ theme }) => theme.color.infoText};
  & > span {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
`;

export interface AudienceBadgeProps extends Omit<ComponentProps<'span'>, 'children'> {
  /** The record's audience; nothing is shown for everyone. */
  audience: Audience | undefined;
  /** Names of the groups by id (from the `customerGroups` adapter); an id without a name is shown as it is. */
  groupNames?: ReadonlyMap<string, string> | undefined;
}

/**
 * "Anonymous only", "Signed-in only" or "Groups: Gold, Acme" as a small label in admin lists;
 * nothing for a record shown to everyone.
 */
export function AudienceBadge({ audience, groupNames, ...rest }: AudienceBadgeProps) {
  const { t } = useAdminTranslation();
  if (!audience) return null;
  const text =
    audience.kind === 'anonymous'
      ? t('admin.audienceBadgeAnonymous')
      : audience.kind === 'signed-in'
        ? t('admin.audienceBadgeSignedIn')
        : t('admin.audienceBadgeGroups', { groups: audience.groups.map((group) => groupNames?.get(group) ?? group).join(', ') });
  return (
    <Badge data-slot="audience-badge" data-state={audience.kind} title={text} {...rest}>
      <span>{text}</span>
    </Badge>
  );
}
AudienceBadge.displayName = BADGE_NAME;

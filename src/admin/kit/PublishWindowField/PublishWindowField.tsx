import { useState, type ComponentProps } from 'react';
import { styled } from 'styled-components';
import { getScheduleState, type PublishWindow } from '../../../model/schedule.js';
import { useAdminTranslation } from '../../i18n.js';
import { TextField } from '../Field/index.js';
import { pillBadgeStyles } from '../badge.styles.js';
import { Button } from '../primitives.styles.js';
import { defaultTimeZone, formatOffset, fromZonedInputValue, formatZoneLabel, toZonedInputValue, zoneOffsetMinutes } from './zonedTime.js';

const NAME = 'PublishWindowField';
const BADGE_NAME = 'ScheduleBadge';

const Fieldset = styled.fieldset`
  margin: 0 0 ${({ theme }) => theme.space.md};
  padding: 0;
  border: 0;
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

const Note = styled.p`
  margin: 0;
  font-size: ${({ theme }) => theme.font.fontSizeSm};
  color: ${({ theme }) => theme.color.warningText};
`;

/** The two ends of a window, each in a field of its own. */
type WindowEnd = 'visibleFrom' | 'visibleUntil';

export interface PublishWindowFieldProps extends Omit<ComponentProps<'fieldset'>, 'children' | 'onChange'> {
  /** The stored window (UTC timestamps; an absent end is open). */
  value: PublishWindow;
  /** Receives the window after each change, in UTC; an emptied field's end is `undefined`. */
  onValueChange: (value: PublishWindow) => void;
  /**
   * The admin's time zone (IANA name): the fields show and read wall-clock times in it.
   * @default the browser's time zone (`Intl.DateTimeFormat().resolvedOptions().timeZone`)
   */
  timeZone?: string | undefined;
  /** Translated errors per end (e.g. the end not after the start). */
  errors?: Partial<Record<WindowEnd, string | undefined>> | undefined;
  /** Marks the fields' ids apart when a form holds several windows (a teaser's, a block's). */
  idPrefix?: string | undefined;
}

/**
 * The optional publish window of a record: "Visible from" and "Visible until" as date and time
 * in the admin's time zone (shown, with its offset), stored as UTC. On the days the clocks
 * change, a time in the skipped hour is read as the time the clocks show after the jump, and a
 * time in the repeated hour as its first occurrence; the field says which it saved.
 */
export function PublishWindowField({ value, onValueChange, timeZone: zoneProp, errors, idPrefix, ...rest }: PublishWindowFieldProps) {
  const { t } = useAdminTranslation();
  const timeZone = zoneProp ?? defaultTimeZone();
  const zone = formatZoneLabel(timeZone);

  const end = (key: WindowEnd, label: string) => (
    <WindowEndInput
      key={key}
      label={label}
      iso={value[key]}
      timeZone={timeZone}
      error={errors?.[key]}
      controlId={idPrefix ? `${idPrefix}-${key}` : undefined}
      onIsoChange={(iso) => onValueChange({ ...value, [key]: iso })}
      data-end={key}
    />
  );
  return (
    <Fieldset data-slot="publish-window-field" data-state={getScheduleState(value, new Date())} {...rest}>
      <legend>{t('admin.scheduleLegend')}</legend>
      <Hint data-slot="publish-window-zone">{t('admin.scheduleHint', { zone })}</Hint>
      {end('visibleFrom', t('admin.scheduleFrom'))}
      {end('visibleUntil', t('admin.scheduleUntil'))}
    </Fieldset>
  );
}
PublishWindowField.displayName = NAME;

interface WindowEndInputProps {
  label: string;
  iso: string | undefined;
  timeZone: string;
  error: string | undefined;
  controlId: string | undefined;
  onIsoChange: (iso: string | undefined) => void;
  description?: string | undefined;
  'data-end': WindowEnd;
}

function WindowEndInput({ label, iso, timeZone, error, controlId, onIsoChange, description, 'data-end': dataEnd }: WindowEndInputProps) {
  const { t } = useAdminTranslation();
  // The text the admin typed stays as typed (a skipped 02:30 is not rewritten under the cursor);
  // it follows the stored value when that changes from outside (reset, reload, other zone).
  const [text, setText] = useState(() => toZonedInputValue(iso, timeZone));
  const [seen, setSeen] = useState({ iso, timeZone });
  if (seen.iso !== iso || seen.timeZone !== timeZone) {
    // Adjusted while rendering (React's pattern for state derived from a changed prop).
    setSeen({ iso, timeZone });
    if (fromZonedInputValue(text, timeZone)?.iso !== iso) setText(toZonedInputValue(iso, timeZone));
  }
  const parsed = fromZonedInputValue(text, timeZone);

  let note: string | undefined;
  if (parsed && parsed.kind !== 'exact') {
    const saved = toZonedInputValue(parsed.iso, timeZone);
    const offset = formatOffset(zoneOffsetMinutes(Date.parse(parsed.iso), timeZone));
    note = t(parsed.kind === 'skipped' ? 'admin.scheduleSkipped' : 'admin.scheduleRepeated', {
      time: text.slice(11, 16),
      zone: timeZone,
      saved: `${saved.slice(11, 16)} (UTC${offset})`,
    });
  }
  return (
    <TextField
      type="datetime-local"
      label={label}
      description={description}
      value={text}
      error={error}
      controlId={controlId}
      data-slot="publish-window-input"
      data-end={dataEnd}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const instant = fromZonedInputValue(next, timeZone);
        if (next === '') onIsoChange(undefined);
        else if (instant) onIsoChange(instant.iso);
      }}
      footer={
        note && (
          <Note role="status" data-slot="publish-window-note">
            {note}
          </Note>
        )
      }
    />
  );
}

const Badge = styled.span<{ $state: 'scheduled' | 'expired' }>`
  ${pillBadgeStyles}
  color: ${({ theme, $state }) => ($state === 'scheduled' ? theme.color.warningText : theme.color.textMuted)};
`;

export interface ScheduleBadgeProps extends Omit<ComponentProps<'span'>, 'children'> {
  /** The record's publish window. */
  window: PublishWindow;
  /** The instant to judge the window at. @default now */
  at?: Date | undefined;
}

/**
 * "Scheduled" (its window has not begun) or "Expired" (it has ended) as a small label in admin
 * lists; nothing for a record without a window or inside it.
 */
export function ScheduleBadge({ window, at, ...rest }: ScheduleBadgeProps) {
  const { t } = useAdminTranslation();
  const state = getScheduleState(window, at ?? new Date());
  if (state !== 'scheduled' && state !== 'expired') return null;
  return (
    <Badge $state={state} data-slot="schedule-badge" data-state={state} {...rest}>
      {t(state === 'scheduled' ? 'admin.scheduleScheduled' : 'admin.scheduleExpired')}
    </Badge>
  );
}
ScheduleBadge.displayName = BADGE_NAME;

const AsOfRoot = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: end;
  gap: ${({ theme }) => theme.space.xs};
  margin-block-end: ${({ theme }) => theme.space.sm};
  & > [data-slot='field'] {
    margin-block-end: 0;
  }
`;

export interface PreviewAsOfControlProps extends Omit<ComponentProps<'div'>, 'children'> {
  /** The instant the preview shows; `undefined` for now. */
  value: Date | undefined;
  /** Receives the chosen instant, or `undefined` after "Now". */
  onValueChange: (value: Date | undefined) => void;
  /** The admin's time zone. @default the browser's */
  timeZone?: string | undefined;
}

/**
 * "View as of": a date and time in the admin's time zone at which a preview shows what the
 * portal would show (scheduled and expired content included or left out accordingly), and
 * "Now" to return to the present.
 */
export function PreviewAsOfControl({ value, onValueChange, timeZone: zoneProp, ...rest }: PreviewAsOfControlProps) {
  const { t } = useAdminTranslation();
  const timeZone = zoneProp ?? defaultTimeZone();
  const iso = value?.toISOString();
  return (
    <AsOfRoot data-slot="preview-as-of" data-state={value ? 'as-of' : 'now'} {...rest}>
      <WindowEndInput
        label={t('admin.previewAsOf')}
        iso={iso}
        timeZone={timeZone}
        error={undefined}
        controlId={undefined}
        description={t('admin.previewAsOfHint', { zone: formatZoneLabel(timeZone, value) })}
        onIsoChange={(next) => onValueChange(next ? new Date(next) : undefined)}
        data-end="visibleFrom"
      />
      <Button type="button" $variant="secondary" disabled={!value} onClick={() => onValueChange(undefined)} data-slot="preview-as-of-now">
        {t('admin.previewAsOfNow')}
      </Button>
    </AsOfRoot>
  );
}
PreviewAsOfControl.displayName = 'PreviewAsOfControl';

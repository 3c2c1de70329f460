import type { ComponentProps } from 'react';
import { styled } from 'styled-components';
import type { TranslationCompleteness } from '../../../model/translationStatus.js';
import { useTranslationStatusTranslation } from '../../translationStrings.js';

/** The i18n key of each translation status's label ("complete", "incomplete", "missing"). */
export const TRANSLATION_STATUS_LABEL_KEYS: Record<TranslationCompleteness, string> = {
  complete: 'translationStatus.statusComplete',
  incomplete: 'translationStatus.statusIncomplete',
  missing: 'translationStatus.statusMissing',
};

const Icon = styled.svg<{ $status: TranslationCompleteness }>`
  flex: none;
  inline-size: 1em;
  block-size: 1em;
  color: ${({ theme, $status }) =>
    $status === 'complete' ? theme.color.successText : $status === 'incomplete' ? theme.color.warningText : theme.color.dangerText};
  & [data-part='tick'] {
    stroke: ${({ theme }) => theme.color.background};
  }
`;

export interface TranslationStatusIconProps extends Omit<ComponentProps<'svg'>, 'ref'> {
  /** The status to draw. */
  status: TranslationCompleteness;
}

/**
 * The shape of a translation status, so it never rests on colour alone: a ticked circle
 * (complete), a half-filled circle (incomplete), an empty circle with a dash (missing).
 * Decorative: the status's text goes beside it.
 */
export function TranslationStatusIcon({ status, ...rest }: TranslationStatusIconProps) {
  return (
    <Icon $status={status} viewBox="0 0 16 16" aria-hidden="true" focusable="false" data-slot="translation-status-icon" data-state={status} {...rest}>
      <circle cx="8" cy="8" r="6.5" fill={status === 'complete' ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="1.5" />
      {status === 'complete' && <path data-part="tick" d="M4.8 8.3l2.2 2.2 4.2-4.6" fill="none" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />}
      {status === 'incomplete' && <path d="M8 1.5a6.5 6.5 0 0 1 0 13z" fill="currentColor" />}
      {status === 'missing' && <path d="M5 8h6" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />}
    </Icon>
  );
}
TranslationStatusIcon.displayName = 'TranslationStatusIcon';

const Badge = styled.span`
  display: inline-flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xxs};
  white-space: nowrap;
`;

export interface TranslationStatusBadgeProps extends Omit<ComponentProps<'span'>, 'children'> {
  /** The status to show. */
  status: TranslationCompleteness;
}

/** A translation status as its icon and its translated name ("incomplete"), for lists and tables. */
export function TranslationStatusBadge({ status, ...rest }: TranslationStatusBadgeProps) {
  const { t } = useTranslationStatusTranslation();
  return (
    <Badge data-slot="translation-status" data-state={status} {...rest}>
      <TranslationStatusIcon status={status} />
      {t(TRANSLATION_STATUS_LABEL_KEYS[status])}
    </Badge>
  );
}
TranslationStatusBadge.displayName = 'TranslationStatusBadge';

import type { ComponentProps, ReactNode } from 'react';
import { isAdapterError, type AdapterErrorKind } from '../../adapters/errors.js';
import { useFormatters } from '../PortalProvider/useFormatters.js';
import { usePortalTranslation } from '../PortalProvider/usePortalTranslation.js';
import { ErrorRoot, RetryButton, StateText, StateTitle } from './states.styles.js';

const NAME = 'ErrorState';

export interface ErrorStateProps extends Omit<ComponentProps<'div'>, 'title'> {
  /** What went wrong; adapter errors get a message for their kind, anything else a generic one. */
  error: unknown;
  /** Reads again; without it no "Try again" button is shown. Not offered for `not_found`. */
  onRetry?: (() => void) | undefined;
  /** A retry is under way: the button is disabled and says so. @default false */
  retrying?: boolean | undefined;
  /** The heading line. @default the translated "Something went wrong" */
  title?: ReactNode;
  /** Replaces the message chosen from the error's kind. */
  message?: ReactNode;
}

const MESSAGE_KEYS = {
  not_found: 'common.errorNotFound',
  unauthorized: 'common.errorUnauthorized',
  validation: 'common.errorInvalidData',
  conflict: 'data.errorConflict',
  unavailable: 'common.errorUnavailable',
} as const satisfies Record<AdapterErrorKind, string>;

/**
 * What a data-driven component shows when its data cannot be read: a message for the kind of
 * error (not found, not signed in, malformed data, unavailable — with when to try again) and a
 * "Try again" button. Announced to screen readers as it appears.
 */
export function ErrorState({ error, onRetry, retrying = false, title, message, children, ...props }: ErrorStateProps) {
  const { t } = usePortalTranslation();
  const { formatRelativeTime } = useFormatters();
  // "in 30 seconds": the wait, relative to an epoch of 0, needs no clock during render.
  const kind: AdapterErrorKind | 'unknown' = isAdapterError(error) ? error.kind : 'unknown';
  const retryAfter = isAdapterError(error) && error.kind === 'unavailable' ? (error as { retryAfter?: number }).retryAfter : undefined;
  const canRetry = onRetry !== undefined && kind !== 'not_found';

  return (
    <ErrorRoot data-slot="error-state" data-state="error" data-kind={kind} {...props}>
      <div role="alert" data-slot="error-state-message">
        <StateTitle data-slot="error-state-title">{title ?? t('common.errorTitle')}</StateTitle>
        <StateText data-slot="error-state-description">
          {message ?? t(kind === 'unknown' ? MESSAGE_KEYS.unavailable : MESSAGE_KEYS[kind])}
          {retryAfter !== undefined && retryAfter > 0
            ? ` ${t('data.retryAfter', { when: formatRelativeTime(retryAfter * 1000, 0) })}`
            : null}
        </StateText>
      </div>
      {children}
      {canRetry ? (
        <RetryButton type="button" data-slot="error-state-retry" onClick={onRetry} disabled={retrying} aria-busy={retrying || undefined}>
          {retrying ? t('data.retrying') : t('common.retry')}
        </RetryButton>
      ) : null}
    </ErrorRoot>
  );
}
ErrorState.displayName = NAME;

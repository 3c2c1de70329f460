import type { ComponentProps, ReactNode } from 'react';
import { usePortalTranslation } from '../PortalProvider/usePortalTranslation.js';
import { EmptyRoot, StateText, StateTitle } from './states.styles.js';

const NAME = 'EmptyState';

export interface EmptyStateProps extends Omit<ComponentProps<'div'>, 'title'> {
  /** The message. @default the translated "Nothing here yet." */
  title?: ReactNode;
  /** A line of explanation under the message. */
  description?: ReactNode;
  /** An action, e.g. a link to clear a filter. */
  action?: ReactNode;
}

/** What a data-driven component shows when there is nothing to show. */
export function EmptyState({ title, description, action, children, ...props }: EmptyStateProps) {
  const { t } = usePortalTranslation();
  return (
    <EmptyRoot data-slot="empty-state" data-state="empty" {...props}>
      <StateTitle data-slot="empty-state-title">{title ?? t('common.empty')}</StateTitle>
      {description ? <StateText data-slot="empty-state-description">{description}</StateText> : null}
      {children}
      {action}
    </EmptyRoot>
  );
}
EmptyState.displayName = NAME;

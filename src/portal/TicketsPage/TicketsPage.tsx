import { useId, type ComponentProps } from 'react';
import { DocumentTitle, type DocumentTitleOption } from '../NotFound/DocumentTitle.js';
import { usePortal } from '../PortalProvider/context.js';
import { usePortalTranslation } from '../PortalProvider/usePortalTranslation.js';
import { TicketList, type TicketListProps } from '../TicketList/TicketList.js';
import { SignInButton, SignInPrompt, SignInText, SignInTitle, TicketsPageRoot, TicketsPageTitle } from './TicketsPage.styles.js';

const NAME = 'TicketsPage';

/** What the tickets page hands on to its `TicketList` (the `full` variant). */
type ListProps = Pick<
  TicketListProps,
  | 'sort'
  | 'defaultSort'
  | 'onSortChange'
  | 'stateFilter'
  | 'defaultStateFilter'
  | 'onStateFilterChange'
  | 'pageSize'
  | 'getTicketHref'
  | 'virtualizeAbove'
  | 'now'
>;

export interface TicketsPageProps extends Omit<ComponentProps<'section'>, 'title' | 'children'>, ListProps {
  /** The page's heading. @default the translated "My tickets" */
  title?: string | undefined;
  /**
   * Starts the host's sign-in from the prompt an anonymous visitor sees; without it the prompt
   * only explains that signing in shows the tickets.
   */
  onSignIn?: (() => void) | undefined;
  /** Sets the browser tab's title to the heading (or what the function makes of it). @default false */
  documentTitle?: DocumentTitleOption | undefined;
}

/**
 * The signed-in customer's tickets as a page: a heading and the `full` `TicketList`, read
 * through the `tickets` adapter a page at a time ("load more"), sortable by last change and
 * filterable by state, with loading, empty and error states. An anonymous visitor sees a
 * sign-in prompt instead, whose button calls the host's `onSignIn`; no ticket is read then.
 */
export function TicketsPage({
  title,
  onSignIn,
  documentTitle,
  sort,
  defaultSort,
  onSortChange,
  stateFilter,
  defaultStateFilter,
  onStateFilterChange,
  pageSize,
  getTicketHref,
  virtualizeAbove,
  now,
  ...rest
}: TicketsPageProps) {
  const { customer } = usePortal(NAME);
  const { t } = usePortalTranslation();
  const titleId = useId();
  const promptId = useId();
  const heading = title ?? t('shell.ticketsTitle');
  const listProps: ListProps = { sort, defaultSort, onSortChange, stateFilter, defaultStateFilter, onStateFilterChange, pageSize, getTicketHref, virtualizeAbove, now };

  return (
    <TicketsPageRoot aria-labelledby={titleId} {...rest} data-slot="tickets-page" data-state={customer ? 'signed-in' : 'anonymous'}>
      <DocumentTitle title={heading} option={documentTitle} />
      <TicketsPageTitle id={titleId} data-slot="tickets-page-title">
        {heading}
      </TicketsPageTitle>
      {customer ? (
        <TicketList {...listProps} variant="full" headingLevel={2} title={t('shell.ticketsListTitle')} />
      ) : (
        <SignInPrompt aria-labelledby={promptId} data-slot="tickets-page-sign-in">
          <SignInTitle id={promptId}>{t('shell.ticketsSignInTitle')}</SignInTitle>
          <SignInText>{t('shell.ticketsSignInText')}</SignInText>
          {onSignIn ? (
            <SignInButton type="button" onClick={onSignIn} data-slot="tickets-page-sign-in-button">
              {t('shell.signIn')}
            </SignInButton>
          ) : null}
        </SignInPrompt>
      )}
    </TicketsPageRoot>
  );
}
TicketsPage.displayName = NAME;

import { useId, type ComponentProps, type ReactNode } from 'react';
import { toSafeHref } from '../../security/toSafeHref.js';
import { usePortal } from '../PortalProvider/context.js';
import { usePortalTranslation } from '../PortalProvider/usePortalTranslation.js';
import { DocumentTitle, type DocumentTitleOption } from './DocumentTitle.js';
import { NotFoundAction, NotFoundHeading, NotFoundRoot, NotFoundText } from './NotFound.styles.js';

const NAME = 'NotFound';

export interface NotFoundProps extends Omit<ComponentProps<'section'>, 'title' | 'children'> {
  /** The heading. @default the translated "Page not found" */
  title?: ReactNode;
  /** The explanation under the heading. @default the translated "The page you are looking for does not exist…" */
  description?: ReactNode;
  /** Where the link home leads (through the host's link component); `null` for no link. @default '/' */
  homeHref?: string | null | undefined;
  /** The heading's level: 1 where the state is the whole page, lower inside a page. @default 1 */
  headingLevel?: 1 | 2 | 3 | undefined;
  /** Sets the browser tab's title to the heading (or what the function makes of it). @default false */
  documentTitle?: DocumentTitleOption | undefined;
  /** Extra content under the explanation, e.g. a search box. */
  children?: ReactNode;
}

/**
 * What the portal shows for an address that leads nowhere: an unknown or non-valid custom page,
 * a route the host does not know. A heading, a line of explanation and a link home.
 */
export function NotFound({ title, description, homeHref = '/', headingLevel = 1, documentTitle, children, ...rest }: NotFoundProps) {
  const { linkComponent: Link } = usePortal(NAME);
  const { t } = usePortalTranslation();
  const headingId = useId();
  const home = homeHref === null ? undefined : toSafeHref(homeHref);
  const heading = title ?? t('shell.notFoundTitle');
  return (
    <NotFoundRoot aria-labelledby={headingId} {...rest} data-slot="not-found" data-state="not-found">
      <DocumentTitle title={typeof heading === 'string' ? heading : t('shell.notFoundTitle')} option={documentTitle} />
      <NotFoundHeading as={`h${headingLevel}`} id={headingId} data-slot="not-found-title">
        {heading}
      </NotFoundHeading>
      <NotFoundText data-slot="not-found-description">{description ?? t('shell.notFoundText')}</NotFoundText>
      {children}
      {home !== undefined ? (
        <NotFoundAction data-slot="not-found-action">
          <Link href={home} data-slot="not-found-home-link">
            {t('shell.backHome')}
          </Link>
        </NotFoundAction>
      ) : null}
    </NotFoundRoot>
  );
}
NotFound.displayName = NAME;

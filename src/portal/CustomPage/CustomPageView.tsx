import { useId, type ComponentProps, type ReactNode } from 'react';
import { getDirection } from '../../i18n/direction.js';
import type { CustomPageContent } from '../../model/customPage.js';
import { resolveLocalizedEntry, type Localized } from '../../model/localized.js';
import { DocumentTitle, type DocumentTitleOption } from '../NotFound/DocumentTitle.js';
import { usePortal } from '../PortalProvider/context.js';
import { SafeHtml } from '../SafeHtml/SafeHtml.js';
import { EmptyState } from '../states/EmptyState.js';
import { PageRoot, PageTitle } from './CustomPage.styles.js';

const NAME = 'CustomPageView';

export interface CustomPageViewProps extends Omit<ComponentProps<'article'>, 'children' | 'title'> {
  /** The page's title and body per language (a stored `CustomPage`, or an editor's unsaved one). */
  page: { content: Localized<CustomPageContent> };
  /**
   * The language to show: the customer's, then the portal's default, then the first with content.
   * @default the `PortalProvider`'s language
   */
  language?: string | undefined;
  /** Sets the browser tab's title to the page title (or what the function makes of it). @default false */
  documentTitle?: DocumentTitleOption | undefined;
  /** Shown when no language has a title or body. @default <EmptyState /> */
  empty?: ReactNode;
}

/**
 * Draws a custom page that is already loaded: its title as the page's `h1` and its body through
 * `SafeHtml`, in the best language it has. It does not look at validity: the portal's
 * `CustomPage` shows valid pages only; an editor's preview shows any.
 */
export function CustomPageView({ page, language: languageProp, documentTitle, empty, ...rest }: CustomPageViewProps) {
  const portal = usePortal(NAME);
  const titleId = useId();
  const entry = resolveLocalizedEntry(page.content, languageProp ?? portal.language, portal.defaultLanguage);
  if (entry === undefined) return <>{empty ?? <EmptyState />}</>;

  const { title, body } = entry.value;
  return (
    <PageRoot
      // The text may be in a fallback language: screen readers and hyphenation follow `lang`.
      lang={entry.language}
      dir={getDirection(entry.language)}
      aria-labelledby={title ? titleId : undefined}
      {...rest}
      data-slot="custom-page"
      data-state="ready"
      data-language-source={entry.source}
    >
      {title ? <DocumentTitle title={title} option={documentTitle} /> : null}
      {title ? (
        <PageTitle id={titleId} data-slot="custom-page-title">
          {title}
        </PageTitle>
      ) : null}
      <SafeHtml html={body} data-slot="custom-page-body" />
    </PageRoot>
  );
}
CustomPageView.displayName = NAME;

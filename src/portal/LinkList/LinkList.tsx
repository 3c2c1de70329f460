import { useId, type ComponentProps } from 'react';
import type { LinkList as LinkListData, ManualLink } from '../../blocks/LinkLists/block.js';
import { hasContent } from '../../model/index.js';
import { resolveContent, useLocalizedContent } from '../HomePage/content.js';
import { usePortal } from '../PortalProvider/context.js';
import { usePortalTranslation } from '../PortalProvider/usePortalTranslation.js';
import { SafeLink } from '../SafeLink/index.js';
import { EmptyState } from '../states/index.js';
import { LinkListGroupRoot, LinkListItems, LinkListMore, LinkListRoot, LinkListTitle } from './LinkList.styles.js';
import { SearchLinkItems } from './SearchLinkItems.js';

const NAME = 'LinkList';
const GROUP_NAME = 'LinkListGroup';

/** One stored link list: title, items (by hand or from a search) and a "show more" link (see `LinkListSchema`). */
export type LinkList = LinkListData;

export interface LinkListProps extends Omit<ComponentProps<'section'>, 'children' | 'content'>, Omit<LinkListData, 'id'> {
  /** Level of the list's title heading. @default 3 */
  headingLevel?: 2 | 3 | 4 | undefined;
}

function ManualLinkItems({ links }: { links: readonly ManualLink[] }) {
  const { language, defaultLanguage } = usePortal(NAME);
  const { t } = usePortalTranslation();
  const items = links.flatMap((link) => {
    const label = resolveContent(link.content, language, defaultLanguage);
    return label && label.value.label.trim() ? [{ link, label }] : [];
  });
  if (items.length === 0) return <EmptyState title={t('home.linksEmpty')} />;
  return (
    <LinkListItems data-slot="link-list-items">
      {items.map(({ link, label }) => (
        <li key={link.id} data-slot="link-list-item" lang={label.lang}>
          <SafeLink href={link.href}>{label.value.label}</SafeLink>
        </li>
      ))}
    </LinkListItems>
  );
}

/**
 * A titled list of links: entered by hand (internal pages through the host's router, external
 * URLs as plain links, refused URLs shown inert) or the results of a search query through the
 * host's search adapter, with its own loading, empty and error states. An optional "show more"
 * link follows the items.
 */
export function LinkList({ content, source, showMoreHref, headingLevel = 3, ...rest }: LinkListProps) {
  const titleId = useId();
  const localized = useLocalizedContent(content);
  const title = localized?.value.title.trim();
  const showMoreLabel = localized?.value.showMoreLabel?.trim();

  return (
    <LinkListRoot aria-labelledby={title ? titleId : undefined} {...rest} data-slot="link-list" data-source={source.type}>
      {title && (
        <LinkListTitle as={`h${headingLevel}`} id={titleId} lang={localized?.lang} data-slot="link-list-title">
          {title}
        </LinkListTitle>
      )}
      {source.type === 'manual' ? <ManualLinkItems links={source.links} /> : <SearchLinkItems query={source.query} maxCount={source.maxCount} />}
      {showMoreHref && showMoreLabel && (
        <LinkListMore data-slot="link-list-more" lang={localized?.lang}>
          <SafeLink href={showMoreHref}>{showMoreLabel}</SafeLink>
        </LinkListMore>
      )}
    </LinkListRoot>
  );
}
LinkList.displayName = NAME;

export interface LinkListGroupProps extends Omit<ComponentProps<'div'>, 'children'> {
  /** The lists, side by side where they fit. */
  lists: readonly LinkListData[];
  /** Level of the lists' title headings. @default 3 */
  headingLevel?: 2 | 3 | 4 | undefined;
}

/** Several link lists side by side (one column on a phone); lists with no content in any language are left out. */
export function LinkListGroup({ lists, headingLevel = 3, ...rest }: LinkListGroupProps) {
  const shown = lists.filter((list) => hasContent(list.content) || (list.source.type === 'manual' ? hasContent(list.source.links) : true));
  if (shown.length === 0) return null;
  return (
    <LinkListGroupRoot {...rest} data-slot="link-list-group">
      {shown.map(({ id, ...list }) => (
        <LinkList key={id} {...list} headingLevel={headingLevel} />
      ))}
    </LinkListGroupRoot>
  );
}
LinkListGroup.displayName = GROUP_NAME;

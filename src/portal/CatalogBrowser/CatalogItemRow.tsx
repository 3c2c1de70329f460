import { useMemo, type ComponentProps } from 'react';
import type { CatalogItem } from '../../model/catalog.js';
import { makeExcerpt, type HighlightRange } from '../../catalog/fold.js';
import { localizeItem } from '../../catalog/model.js';
import { htmlToPlainText } from '../../catalog/plainText.js';
import { useCatalogBrowserContext } from './context.js';
import { CatalogNavLink } from './CatalogNavLink.js';
import { ItemExcerpt, ItemRow, ItemTitle } from './CatalogParts.styles.js';
import { Highlight } from './Highlight.js';

const NAME = 'CatalogItemRow';
const NO_TERMS: readonly string[] = [];

export interface CatalogItemRowProps extends ComponentProps<'li'> {
  /** The item. */
  item: CatalogItem;
  /** The category the item is opened from (its breadcrumbs and "back" lead there). */
  categoryId: string;
  /** Search terms to highlight; the link then returns to the search results. */
  terms?: readonly string[] | undefined;
}

/** One item of a list: its title and the beginning of its text (around the first match when searching). */
export function CatalogItemRow({ item, categoryId, terms = NO_TERMS, ...rest }: CatalogItemRowProps) {
  const { t, language, defaultLanguage, location } = useCatalogBrowserContext(NAME);
  const content = useMemo(() => localizeItem(item, language, defaultLanguage), [item, language, defaultLanguage]);
  const excerpt = useMemo(() => {
    const text = htmlToPlainText(content.text);
    return text === '' ? undefined : makeExcerpt(text, terms);
  }, [content.text, terms]);
  const lang = content.language !== language ? content.language : undefined;
  return (
    <ItemRow data-slot="catalog-item-row" {...rest}>
      <CatalogNavLink
        to={{ categoryId, itemId: item.id, query: terms.length > 0 ? location.query : '' }}
        data-catalog-item-id={item.id}
        lang={lang}
      >
        <ItemTitle data-slot="catalog-item-title">
          <Highlight text={content.title || t('catalog.untitled')} terms={terms} />
        </ItemTitle>
        {excerpt ? (
          <ItemExcerpt data-slot="catalog-item-excerpt">
            <Highlight text={excerpt.text} ranges={excerpt.ranges as HighlightRange[]} />
          </ItemExcerpt>
        ) : null}
      </CatalogNavLink>
    </ItemRow>
  );
}
CatalogItemRow.displayName = NAME;

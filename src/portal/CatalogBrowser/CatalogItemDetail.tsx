import { useId, useMemo } from 'react';
import type { CatalogItem } from '../../model/catalog.js';
import { getCategoryPath, localizeCategory, localizeItem } from '../../catalog/model.js';
import { toSafeImageSrc } from '../../security/toSafeHref.js';
import { SafeHtml } from '../SafeHtml/SafeHtml.js';
import { SafeLink } from '../SafeLink/SafeLink.js';
import { useCatalogBrowserContext } from './context.js';
import { CatalogBreadcrumbs } from './CatalogBreadcrumbs.js';
import { CatalogNavLink } from './CatalogNavLink.js';
import { Heading, SectionHeading } from './CatalogBrowser.styles.js';
import { Article, BreadcrumbLink, Image, LinkList } from './CatalogParts.styles.js';

const NAME = 'CatalogItemDetail';

/** A base64 SVG; the capture is what follows the media type. */
const SVG_DATA_URL = /^data:image\/svg\+xml(;base64,.*)$/s;

/**
 * Where an item's image may be loaded from: what `toSafeImageSrc` (the security module's rule for
 * `<img src>`) accepts, and also a base64 SVG, as the bundled stores return an SVG uploaded in the
 * catalog item editor (which offers SVG) and as the demo catalog's pictures are: shown only as an
 * `<img>`, an SVG runs no script and loads nothing. Its payload is held to the same rules as a
 * raster image's (base64 only, padding, length): it is checked as the payload of a PNG. Anything
 * else shows no image.
 */
export function toSafeItemImageSrc(url: string): string | undefined {
  const svg = typeof url === 'string' ? SVG_DATA_URL.exec(url) : null;
  if (!svg) return toSafeImageSrc(url);
  return toSafeImageSrc(`data:image/png${svg[1]}`) === undefined ? undefined : url;
}

export interface CatalogItemDetailProps {
  /** The item. */
  item: CatalogItem;
  /** The category it was opened from (its breadcrumbs and "back" lead there). */
  categoryId: string;
}

/** An item in full: title, image, sanitized text, checked links, and the way back to where the customer was. */
export function CatalogItemDetail({ item, categoryId }: CatalogItemDetailProps) {
  const { model, t, language, defaultLanguage, location, headingLevel } = useCatalogBrowserContext(NAME);
  const content = useMemo(() => localizeItem(item, language, defaultLanguage), [item, language, defaultLanguage]);
  const path = useMemo(() => getCategoryPath(model, categoryId), [model, categoryId]);
  const titleId = useId();
  const linksId = useId();
  const title = content.title || t('catalog.untitled');
  const lang = content.language !== language ? content.language : undefined;
  const imageSrc = item.image ? toSafeItemImageSrc(item.image.url) : undefined;
  const category = path[path.length - 1];
  const categoryName = category ? localizeCategory(category, language, defaultLanguage).name || t('catalog.untitled') : '';
  const searching = location.query.trim() !== '';
  const back = { categoryId, itemId: null, query: location.query };

  return (
    <>
      <CatalogBreadcrumbs path={path} current={{ text: title, language: content.language }} />
      <Article aria-labelledby={titleId} data-slot="catalog-item-detail" lang={lang}>
        <Heading as={`h${headingLevel}`} id={titleId} tabIndex={-1} data-slot="catalog-heading">
          {title}
        </Heading>
        {imageSrc ? (
          <Image
            src={imageSrc}
            alt={content.imageAlt ?? ''}
            width={item.image?.width}
            height={item.image?.height}
            loading="lazy"
            decoding="async"
            data-slot="catalog-item-image"
          />
        ) : null}
        <SafeHtml html={content.text} data-slot="catalog-item-text" />
        {content.links.length > 0 ? (
          <section aria-labelledby={linksId} data-slot="catalog-item-links">
            <SectionHeading as={`h${Math.min(headingLevel + 1, 6)}`} id={linksId}>
              {t('catalog.links')}
            </SectionHeading>
            <LinkList>
              {content.links.map((link, index) => (
                <li key={index}>
                  <SafeLink href={link.url}>{link.label || link.url}</SafeLink>
                </li>
              ))}
            </LinkList>
          </section>
        ) : null}
      </Article>
      <BreadcrumbLink data-slot="catalog-back">
        <CatalogNavLink to={back} focus={{ kind: 'item', itemId: item.id }}>
          {searching ? t('catalog.backToResults') : t('catalog.backTo', { name: categoryName })}
        </CatalogNavLink>
      </BreadcrumbLink>
    </>
  );
}
CatalogItemDetail.displayName = NAME;

import type { ComponentProps } from 'react';
import type { ImageTeaser as ImageTeaserData } from '../../blocks/ImageTeasers/block.js';
import { hasContent } from '../../model/index.js';
import { isWithinWindow } from '../../model/schedule.js';
import { checkColorPair, useLocalizedContent } from '../HomePage/content.js';
import { usePortalTranslation } from '../PortalProvider/usePortalTranslation.js';
import { useViewingTimeOverride } from '../PortalProvider/viewingTime.js';
import { useScheduleClock } from '../../internal/useScheduleClock.js';
import { SafeLink } from '../SafeLink/index.js';
import { TeaserRoot, TeaserRowRoot } from './ImageTeaser.styles.js';

const NAME = 'ImageTeaser';
const ROW_NAME = 'ImageTeaserRow';

/** One stored teaser: image, link, optional colours and texts per language (see `ImageTeaserSchema`). */
export type ImageTeaser = ImageTeaserData;

export interface ImageTeaserProps extends Omit<ComponentProps<'article'>, 'children' | 'content'>, Omit<ImageTeaserData, 'id' | 'image' | 'visibleFrom' | 'visibleUntil'> {
  /** The teaser's picture. @default null */
  image?: ImageTeaserData['image'] | undefined;
  /** Level of the title heading. @default 3 */
  headingLevel?: 2 | 3 | 4 | undefined;
}

/**
 * A teaser card: image (decorative when its alt text is empty), title, short text and a link
 * that covers the whole card. Custom background and text colours are kept only when they
 * reach WCAG AA together; otherwise the theme's colours are used and a warning is logged.
 * A teaser without content in any language renders nothing.
 */
export function ImageTeaser({ image = null, href, backgroundColor, textColor, content, headingLevel = 3, ...rest }: ImageTeaserProps) {
  const localized = useLocalizedContent(content);
  const colors = checkColorPair(backgroundColor, textColor, NAME);
  if (!localized) return null;
  const { title, text, imageAlt } = localized.value;

  const Heading = `h${headingLevel}` as const;
  // Plain parts: TeaserRoot styles them by their data-slot.
  return (
    <TeaserRoot {...rest} data-slot="image-teaser" lang={localized.lang} $background={colors.background} $text={colors.text}>
      {image && (
        <div data-slot="image-teaser-media">
          <img src={image.url} alt={imageAlt ?? ''} width={image.width} height={image.height} loading="lazy" decoding="async" />
        </div>
      )}
      <div data-slot="image-teaser-body">
        <Heading data-slot="image-teaser-title">{href ? <SafeLink href={href}>{title}</SafeLink> : title}</Heading>
        {text && <p data-slot="image-teaser-text">{text}</p>}
      </div>
    </TeaserRoot>
  );
}
ImageTeaser.displayName = NAME;

export interface ImageTeaserRowProps extends Omit<ComponentProps<'ul'>, 'children'> {
  /** The teasers, in display order. */
  teasers: readonly ImageTeaserData[];
  /** Level of the teasers' title headings. @default 3 */
  headingLevel?: 2 | 3 | 4 | undefined;
  /**
   * Show the teasers published at this instant: a teaser outside its publish window is left out.
   * @default now (or the instant of an enclosing home page preview)
   */
  at?: Date | undefined;
}

/**
 * A responsive row of teasers: as many columns as fit (at least 15rem each), one column on a
 * phone. Renders nothing when there are no teasers to show (an empty block shows nothing to
 * customers); a teaser outside its publish window is not shown.
 */
export function ImageTeaserRow({ teasers, headingLevel = 3, at: atProp, ...rest }: ImageTeaserRowProps) {
  const { t } = usePortalTranslation();
  const inherited = useViewingTimeOverride();
  const override = atProp ?? inherited;
  // Without an explicit instant, "now" is renewed when a teaser's window begins or ends.
  const now = useScheduleClock(teasers, override === undefined);
  const at = override ?? now;
  const shown = teasers.filter((teaser) => hasContent(teaser.content) && isWithinWindow(teaser, at));
  if (shown.length === 0) return null;
  return (
    <TeaserRowRoot aria-label={t('home.teasersLabel')} {...rest} data-slot="image-teaser-row">
      {shown.map(({ id, visibleFrom: _from, visibleUntil: _until, ...teaser }) => (
        <li key={id} data-slot="image-teaser-item">
          <ImageTeaser {...teaser} headingLevel={headingLevel} />
        </li>
      ))}
    </TeaserRowRoot>
  );
}
ImageTeaserRow.displayName = ROW_NAME;

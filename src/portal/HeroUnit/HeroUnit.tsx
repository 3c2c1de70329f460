import { useId, useRef, type ComponentProps } from 'react';
import type { HeroOverlay, HeroUnitBlockProps } from '../../blocks/HeroUnit/block.js';
import { readableTextColor } from '../../theme/contrast.js';
import { checkColorPair, checkedColor, useLocalizedContent, warnOnce } from '../HomePage/content.js';
import { usePortal } from '../PortalProvider/context.js';
import { SafeLink } from '../SafeLink/index.js';
import { HeroAction, HeroContent, HeroImage, HeroRoot, HeroScrim, HeroSubtitle, HeroText, HeroTitle } from './HeroUnit.styles.js';
import { heroPalette } from './heroPalette.js';
import { useImageColors } from './useImageColors.js';

const NAME = 'HeroUnit';

/** One size of the hero image, for `srcset`. */
export interface HeroImageVariant {
  /** Where this size is served. */
  url: string;
  /** Its width in pixels. */
  width: number;
}

export interface HeroUnitProps
  extends Omit<ComponentProps<'section'>, 'title' | 'children' | 'content'>,
    Omit<HeroUnitBlockProps, 'overlay' | 'image'> {
  /** The banner image; without one, `backgroundColor` (or the theme's primary colour) fills the banner. @default null */
  image?: HeroUnitBlockProps['image'] | undefined;
  /** Overlay between image and text; made stronger where the image needs it for contrast. @default 'dark-scrim' */
  overlay?: HeroOverlay | undefined;
  /** Other sizes of the image (from the asset adapter), for a responsive `srcset`. */
  imageVariants?: readonly HeroImageVariant[] | undefined;
  /** The `sizes` of the responsive image. @default '100vw' */
  imageSizes?: string | undefined;
  /**
   * The image's average colour, when the host knows it. Otherwise it is measured in the browser
   * once the image has loaded; until then the overlay is strong enough for any image.
   */
  imageColor?: string | undefined;
  /** Level of the title heading: the hero's title is usually the page's main heading. @default 1 */
  headingLevel?: 1 | 2 | 3 | undefined;
}

/**
 * The home page's banner: a title with optional subtitle, text and call-to-action link over an
 * image or a background colour. Text over an image keeps WCAG AA contrast: the overlay is
 * strengthened (or the text colour changed, with a console warning) where the admin's choice
 * would not reach it. The image is the page's likely largest paint: it loads eagerly with high
 * priority, and the banner reserves its size so nothing shifts when it arrives.
 */
export function HeroUnit({
  image = null,
  backgroundColor,
  textColor,
  overlay = 'dark-scrim',
  ctaHref,
  content,
  imageVariants,
  imageSizes = '100vw',
  imageColor,
  headingLevel = 1,
  ...rest
}: HeroUnitProps) {
  const { direction } = usePortal(NAME);
  const titleId = useId();
  const imageRef = useRef<HTMLImageElement>(null);
  const localized = useLocalizedContent(content);
  const measured = useImageColors(imageRef, image?.url, direction);
  const knownColor = checkedColor(imageColor, NAME);

  const texts = localized?.value;
  const hasImage = image !== null;
  const colors = hasImage ? undefined : checkColorPair(backgroundColor ?? null, textColor ?? null, NAME);
  const palette = hasImage
    ? heroPalette({ overlay, textColor: checkedColor(textColor, NAME), imageColors: knownColor ? [knownColor] : measured })
    : undefined;
  for (const warning of palette?.warnings ?? []) warnOnce(`${NAME}: ${warning}`);

  const text = palette?.text ?? colors?.text;
  const srcSet = imageVariants?.length ? imageVariants.map((variant) => `${variant.url} ${variant.width}w`).join(', ') : undefined;
  const ctaLabel = texts?.ctaLabel?.trim();

  return (
    <HeroRoot
      aria-labelledby={texts?.title ? titleId : undefined}
      {...rest}
      data-slot="hero-unit"
      data-state={hasImage ? 'image' : 'color'}
      data-overlay={hasImage ? overlay : undefined}
      $background={hasImage ? '#000000' : colors?.background}
      $text={text}
    >
      {image && (
        <HeroImage
          ref={imageRef}
          data-slot="hero-unit-image"
          src={image.url}
          srcSet={srcSet}
          sizes={srcSet ? imageSizes : undefined}
          width={image.width}
          height={image.height}
          // An empty alt text marks the image as decorative.
          alt={texts?.imageAlt ?? ''}
          lang={localized?.lang}
          fetchPriority="high"
          loading="eager"
          decoding="async"
        />
      )}
      {palette && palette.scrim !== 'none' && (
        <HeroScrim data-slot="hero-unit-overlay" aria-hidden="true" $scrim={palette.scrim} $opacity={palette.opacity} $gradient={overlay === 'gradient'} />
      )}
      {texts && (
        <HeroContent data-slot="hero-unit-content" lang={localized.lang} $narrow={overlay === 'gradient'}>
          <HeroTitle as={`h${headingLevel}`} id={titleId} data-slot="hero-unit-title">
            {texts.title}
          </HeroTitle>
          {texts.subtitle && <HeroSubtitle data-slot="hero-unit-subtitle">{texts.subtitle}</HeroSubtitle>}
          {texts.text && <HeroText data-slot="hero-unit-text">{texts.text}</HeroText>}
          {ctaHref && ctaLabel && (
            <HeroAction data-slot="hero-unit-action" $fill={text} $label={text ? readableTextColor(text) : undefined}>
              <SafeLink href={ctaHref}>{ctaLabel}</SafeLink>
            </HeroAction>
          )}
        </HeroContent>
      )}
    </HeroRoot>
  );
}
HeroUnit.displayName = NAME;

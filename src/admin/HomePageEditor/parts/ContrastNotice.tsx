import type { ComponentProps } from 'react';
import type { HeroOverlay } from '../../../blocks/HeroUnit/block.js';
import { heroPalette } from '../../../portal/HeroUnit/index.js';
import { useFormatters } from '../../../portal/PortalProvider/index.js';
import { CONTRAST_AA_NORMAL_TEXT, contrastRatio, isColor, readableTextColor, toHexColor } from '../../../theme/index.js';
import { Notice } from '../../kit/primitives.styles.js';
import { useHomeEditorTranslation } from '../i18n.js';

/** What the contrast check found. */
export type ContrastVerdict =
  | { state: 'none' }
  | { state: 'ok' | 'low'; ratio: number; automatic: boolean }
  | { state: 'image-ok' | 'image-adjusted' }
  | { state: 'needs-background' };

const hex = (color: string | undefined) => (color && color.trim() !== '' && isColor(color.trim()) ? toHexColor(color.trim()) : undefined);

/**
 * The contrast of text over the chosen background colour, or over an image with its overlay
 * (judged for the worst image, as the portal does before it has measured the image).
 */
export function judgeContrast({ background, text, image, overlay }: { background?: string | undefined; text?: string | undefined; image?: boolean | undefined; overlay?: HeroOverlay | undefined }): ContrastVerdict {
  const textHex = hex(text);
  if (image) {
    const chosenOverlay = overlay ?? 'dark-scrim';
    const palette = heroPalette({ overlay: chosenOverlay, textColor: textHex });
    // Before it has measured the image the portal warns of nothing, yet with no overlay it
    // draws white text on a scrim whatever the admin chose: that is an adjustment too.
    const adjusted = palette.warnings.length > 0 || (textHex !== undefined && palette.text !== textHex) || (chosenOverlay === 'none' && palette.opacity > 0);
    return { state: adjusted ? 'image-adjusted' : 'image-ok' };
  }
  const backgroundHex = hex(background);
  if (!backgroundHex) return textHex ? { state: 'needs-background' } : { state: 'none' };
  const shown = textHex ?? readableTextColor(backgroundHex);
  const ratio = contrastRatio(shown, backgroundHex);
  return { state: ratio >= CONTRAST_AA_NORMAL_TEXT ? 'ok' : 'low', ratio, automatic: textHex === undefined };
}

export interface ContrastNoticeProps extends Omit<ComponentProps<'div'>, 'children'> {
  /** The background colour. */
  background?: string | undefined;
  /** The text colour. */
  text?: string | undefined;
  /** Whether the text lies over an image. */
  image?: boolean | undefined;
  /** The overlay between image and text. */
  overlay?: HeroOverlay | undefined;
}

/** Live feedback on the contrast of the chosen colours, with a warning below WCAG AA (4.5:1). */
export function ContrastNotice({ background, text, image, overlay, ...rest }: ContrastNoticeProps) {
  const { t } = useHomeEditorTranslation();
  // The portal's language, not the shared i18n instance's (which a host's provider never changes).
  const { formatNumber } = useFormatters();
  const verdict = judgeContrast({ background, text, image, overlay });
  if (verdict.state === 'none') return null;
  const ratio = 'ratio' in verdict ? formatNumber(verdict.ratio, { maximumFractionDigits: 2 }) : '';
  const warning = verdict.state === 'low' || verdict.state === 'image-adjusted' || verdict.state === 'needs-background';
  const message =
    verdict.state === 'ok'
      ? t(verdict.automatic ? 'homeEditor.contrastAutomatic' : 'homeEditor.contrastOk', { ratio })
      : verdict.state === 'low'
        ? t('homeEditor.contrastLow', { ratio })
        : verdict.state === 'image-ok'
          ? t('homeEditor.contrastImageOk')
          : verdict.state === 'image-adjusted'
            ? t('homeEditor.contrastImageAdjusted')
            : t('homeEditor.contrastNeedsBackground');
  return (
    <Notice $tone={warning ? 'warning' : 'success'} role="status" data-slot="contrast-notice" data-state={verdict.state} {...rest}>
      <p>{message}</p>
    </Notice>
  );
}

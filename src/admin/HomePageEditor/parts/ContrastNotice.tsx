import type { ComponentProps } from 'react';
import type { HeroOverlay } from '../../../blocks/HeroUnit/block.js';
import { heroPalette } from '../../../portal/HeroUnit/index.js';
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
    const palette = heroPalette({ overlay: overlay ?? 'dark-scrim', textColor: textHex });
    return { state: palette.warnings.length > 0 ? 'image-adjusted' : 'image-ok' };
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
  const { t, i18n } = useHomeEditorTranslation();
  const verdict = judgeContrast({ background, text, image, overlay });
  if (verdict.state === 'none') return null;
  const ratio = 'ratio' in verdict ? new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(verdict.ratio) : '';
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

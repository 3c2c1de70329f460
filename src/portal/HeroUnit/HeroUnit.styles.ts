import { css, styled } from 'styled-components';
import { themeVars as theme } from '../../theme/cssVariables.js';

/** The banner. Its height never depends on the image, so the image loading cannot shift the page. */
export const HeroRoot = styled.section<{ $background: string | undefined; $text: string | undefined }>`
  position: relative;
  isolation: isolate;
  overflow: hidden;
  display: grid;
  align-items: end;
  container-type: inline-size;
  /* Reserved space: a wide banner keeps 21:8, a narrow one a minimum height. */
  aspect-ratio: 21 / 8;
  min-block-size: 16rem;
  max-inline-size: 100%;
  padding: ${theme.space.xl} ${theme.space.lg};
  border-radius: ${theme.radius.lg};
  background-color: ${({ $background }) => $background ?? theme.color.primary};
  color: ${({ $text }) => $text ?? theme.color.onPrimary};

  @media (min-width: 48rem) {
    padding: ${theme.space.xxl} ${theme.space.xxl};
  }
`;

export const HeroImage = styled.img`
  position: absolute;
  inset: 0;
  z-index: -2;
  inline-size: 100%;
  block-size: 100%;
  object-fit: cover;
`;

const scrimColor = (scrim: 'black' | 'white', opacity: number) =>
  scrim === 'white' ? `rgb(255 255 255 / ${opacity})` : `rgb(0 0 0 / ${opacity})`;

export const HeroScrim = styled.div<{ $scrim: 'black' | 'white'; $opacity: number; $gradient: boolean }>`
  position: absolute;
  inset: 0;
  z-index: -1;
  background: ${({ $scrim, $opacity }) => scrimColor($scrim, $opacity)};

  ${({ $gradient, $scrim, $opacity }) =>
    $gradient &&
    css`
      /* Wide banners fade the scrim out behind the free half; the text stays on the full-strength side. */
      @container (min-width: 48rem) {
        background: linear-gradient(to right, ${scrimColor($scrim, $opacity)} 0%, ${scrimColor($scrim, $opacity)} 55%, ${scrimColor($scrim, 0)} 100%);

        &:dir(rtl) {
          background: linear-gradient(to left, ${scrimColor($scrim, $opacity)} 0%, ${scrimColor($scrim, $opacity)} 55%, ${scrimColor($scrim, 0)} 100%);
        }
      }
    `}
`;

export const HeroContent = styled.div<{ $narrow: boolean }>`
  display: grid;
  gap: ${theme.space.sm};
  max-inline-size: 40rem;
  min-inline-size: 0;
  overflow-wrap: anywhere;

  ${({ $narrow }) =>
    $narrow &&
    css`
      @container (min-width: 48rem) {
        max-inline-size: min(40rem, 50%);
      }
    `}
`;

export const HeroTitle = styled.h1`
  margin: 0;
  font-family: ${theme.font.headingFontFamily};
  font-size: clamp(${theme.font.fontSizeXl}, 5vw, ${theme.font.fontSizeXxl});
  font-weight: ${theme.font.fontWeightBold};
  line-height: 1.15;
`;

export const HeroSubtitle = styled.p`
  margin: 0;
  font-size: ${theme.font.fontSizeLg};
  font-weight: ${theme.font.fontWeightBold};
`;

export const HeroText = styled.p`
  margin: 0;
  font-size: ${theme.font.fontSizeMd};
`;

/** The call to action: a pill in the text colour, its label in black or white, whichever reads on it. */
export const HeroAction = styled.div<{ $fill: string | undefined; $label: string | undefined }>`
  margin-block-start: ${theme.space.sm};

  & > a,
  & > span {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    padding-inline: ${theme.space.lg};
    border-radius: ${theme.radius.pill};
    background: ${({ $fill }) => $fill ?? theme.color.onPrimary};
    color: ${({ $label }) => $label ?? theme.color.primary};
    font-weight: ${theme.font.fontWeightBold};
    text-decoration: none;
  }

  & > a:hover {
    text-decoration: underline;
  }

  & > a:focus-visible {
    outline: ${theme.focusRing.width} solid ${({ $fill, theme }) => $fill ?? theme.color.onPrimary};
    outline-offset: ${theme.focusRing.offset};
  }
`;

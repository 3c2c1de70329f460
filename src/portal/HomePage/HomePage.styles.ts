import { styled } from 'styled-components';
import { themeVars as theme } from '../../theme/cssVariables.js';
import { LoadingState } from '../states/index.js';

/** The page; each block's slot is a plain element styled from here (one styled part per page, not per block). */
export const HomePageRoot = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${theme.space.xxl};
  min-inline-size: 0;
  max-inline-size: 100%;

  & [data-slot='home-page-block'] {
    min-inline-size: 0;
  }

  /* A block with nothing to show (the ticket list for an anonymous visitor) takes no gap. */
  & [data-slot='home-page-block']:empty {
    display: none;
  }
`;

/**
 * The whole page's loading state. A home page fills at least a screen: reserving one keeps
 * whatever follows the page (the layout's footer) below the fold from the first paint, so the
 * blocks arriving push nothing visible around (no layout shift).
 */
export const HomePageLoading = styled(LoadingState)`
  min-block-size: 100dvh;
`;

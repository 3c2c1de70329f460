import { createGlobalStyle } from 'styled-components';

/**
 * The host page's own styles (the portal itself ships no global CSS). A global style rather
 * than a stylesheet: the page shows nothing before the script runs anyway, so a stylesheet
 * request would only hold up the first paint. styled-components gives it the page's nonce.
 */
export const HostStyles = createGlobalStyle`
  body {
    margin: 0;
  }

  /* The portal fills the window, so its footer sits at the bottom of short pages. */
  [data-slot='portal-layout-root'] {
    min-height: 100vh;
  }
`;

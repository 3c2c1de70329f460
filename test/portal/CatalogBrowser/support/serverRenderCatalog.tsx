// Run by CatalogBrowser.hydration.test.tsx in a Node process of its own (`node --import tsx`),
// as a host's server would: the package's entry imported in full, then the catalog rendered to
// HTML. Prints the HTML and the style tags as JSON.
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { CatalogBrowser, PortalProvider } from '../../../../src/index.js';
import { categories, items } from '../../../../stories/portal/CatalogBrowser/fixtures.js';

const sheet = new ServerStyleSheet();
try {
  const html = renderToString(
    sheet.collectStyles(
      <PortalProvider>
        <CatalogBrowser categories={categories} items={items} />
      </PortalProvider>,
    ),
  );
  process.stdout.write(JSON.stringify({ html, styles: sheet.getStyleTags() }));
} finally {
  sheet.seal();
}

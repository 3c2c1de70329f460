// The page the shell's end-to-end test renders on the server and hydrates in Chromium: the
// portal's frame with hostile custom CSS, around a custom page with hostile rich text.
import { createDemoImages, createMemoryAdapters } from '../../src/adapters/index.js';
import type { PortalAdapters } from '../../src/adapters/types.js';
import { CustomPageView } from '../../src/portal/CustomPage/index.js';
import { PortalLayout } from '../../src/portal/PortalLayout/index.js';
import { PortalProvider } from '../../src/portal/PortalProvider/index.js';
import { sanitizeCss } from '../../src/security/sanitizeCss.js';

const images = createDemoImages();

/** Custom CSS that aims at the host page, and tries to load and run things. */
export const HOSTILE_CSS = [
  '@import url("https://evil.example/steal.css");',
  'body { background: rgb(255, 0, 0); }',
  'html, :root { font-size: 40px; }',
  '* { color: rgb(255, 0, 0) !important; }',
  '.host-widget { display: none !important; }',
  '[data-slot="portal-main"] { position: fixed; inset: 0; z-index: 2147483647; }',
  'p { background-image: url("javascript:window.xss = 1"); }',
  'h1::after { content: "</style><script>window.xss = 2</script>"; }',
].join('\n');

/** Rich text with handlers, scripts, script URLs and inline styles. */
export const HOSTILE_BODY =
  '<p onclick="window.xss = 3">Read this first.<img src="/broken.png" alt="broken" onerror="window.xss = 4"></p>' +
  '<script>window.xss = 5</script><a href="javascript:window.xss = 6">js link</a>' +
  '<p style="position: fixed; inset: 0">cover</p><svg><script>window.xss = 7</script></svg>';

let adapters: PortalAdapters | undefined;

export function ShellApp({ nonce }: { nonce: string }) {
  // No reads happen (the settings come as props): empty stores on both sides.
  adapters ??= createMemoryAdapters({ seed: {} });
  return (
    <PortalProvider nonce={nonce} adapters={adapters}>
      <PortalLayout
        settings={{
          logo: images.logo,
          favicon: images.favicon,
          defaultAvatar: images.avatar,
          primaryColor: '#1f5fbf',
          accentColor: '#c4661f',
          customCss: HOSTILE_CSS,
          content: { en: { logoAlt: 'Brightpath Service Desk' } },
        }}
        scriptSettings={null}
        cssSanitizer={sanitizeCss}
        onSignIn={() => undefined}
      >
        <CustomPageView page={{ content: { en: { title: 'Hostile page', body: HOSTILE_BODY } } }} />
      </PortalLayout>
    </PortalProvider>
  );
}

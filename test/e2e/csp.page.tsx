// The page the CSP end-to-end test serves: the library's themed components, SafeHtml with
// hostile content, SafeLink and PortalScripts, rendered under the policy from
// buildContentSecurityPolicy. Built with Vite into a file (no dev-server inline script).
import { createRoot } from 'react-dom/client';
import { styled } from 'styled-components';
import { PortalProvider } from '../../src/portal/PortalProvider/index.js';
import { PortalScripts, type BlockedScript } from '../../src/portal/PortalScripts/index.js';
import { SafeHtml } from '../../src/portal/SafeHtml/index.js';
import { SafeLink } from '../../src/portal/SafeLink/index.js';
import { sanitizeHtml } from '../../src/security/sanitizeHtml.js';
import type { ContentSecurityPolicySettings } from '../../src/security/types.js';

interface CspPageWindow extends Window {
  violations: Array<{ blockedURI: string; effectiveDirective: string; sample: string }>;
  blocked: BlockedScript[];
  ran: string[];
  sanitizeHtml: typeof sanitizeHtml;
}
const page = window as unknown as CspPageWindow;

// Registered first, before anything the library renders.
page.violations = [];
page.blocked = [];
page.ran ??= [];
page.sanitizeHtml = sanitizeHtml;
document.addEventListener('securitypolicyviolation', (event) => {
  page.violations.push({ blockedURI: event.blockedURI, effectiveDirective: event.effectiveDirective, sample: event.sample });
});

const root = document.getElementById('root') as HTMLElement;
const { nonce = '', policy = '', settings: rawSettings = '{}', evilScript = '' } = root.dataset;
const settings = JSON.parse(rawSettings) as ContentSecurityPolicySettings;

const Card = styled.section`
  padding: ${({ theme }) => theme.space.md};
  background: ${({ theme }) => theme.color.surface};
  border: 1px solid ${({ theme }) => theme.color.border};
`;

const hostile = [
  '<h2>Opening hours</h2><p>Mon–Fri <strong>8–18</strong>. <a href="/page/holidays">Holidays</a></p>',
  '<img src="/missing.png" alt="broken image" onerror="window.xss = 1">',
  '<p style="color: red" onclick="window.xss = 2">inline style and handler</p>',
  '<script>window.xss = 3</script><iframe src="javascript:window.xss = 4"></iframe>',
  '<a href="javascript:window.xss = 5">js link</a><svg><script>window.xss = 6</script></svg>',
  '<style>body { display: none }</style><blockquote>Quote</blockquote>',
].join('');

createRoot(root).render(
  <PortalProvider nonce={nonce} theme={{ colors: { primary: '#0b5fff' } }}>
    <Card data-testid="card">
      <SafeHtml html={hostile} />
      <p>
        <SafeLink href="/page/terms">Terms</SafeLink> <SafeLink href="https://example.com/" newTab>Example</SafeLink>{' '}
        <SafeLink href="javascript:window.xss = 7">Bad link</SafeLink>
      </p>
    </Card>
    <PortalScripts
      settings={{ ...settings, externalScripts: [...settings.externalScripts, { url: evilScript }] }}
      policy={policy}
      onBlocked={(script) => page.blocked.push(script)}
    />
  </PortalProvider>,
);

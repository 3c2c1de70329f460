// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createDemoImages, createMemoryAdapters } from '../../../src/adapters/index.js';
import { PortalLayout } from '../../../src/portal/PortalLayout/index.js';
import { PortalProvider } from '../../../src/portal/PortalProvider/index.js';
import { sanitizeCss } from '../../../src/security/index.js';

const images = createDemoImages();

describe('PortalLayout on the server', () => {
  it('renders the frame, the scoped custom CSS with the nonce, and no inline styles or handlers', () => {
    const html = renderToString(
      <PortalProvider adapters={createMemoryAdapters()} nonce="r4nd0m" language="de" customer={{ id: 'c', name: 'Dana' }}>
        <PortalLayout
          cssSanitizer={sanitizeCss}
          settings={{
            logo: images.logo,
            favicon: null,
            defaultAvatar: images.avatar,
            primaryColor: '#1f5fbf',
            accentColor: '#c4661f',
            customCss: 'body { background: #fafafa } @import url(https://evil.example/x.css); .x::after { content: "</style><script>alert(1)</script>" }',
            content: { de: { logoAlt: 'Brightpath Servicedesk' } },
          }}
          onSignOut={() => undefined}
          onLanguageChange={() => undefined}
        >
          <h1>Inhalt</h1>
        </PortalLayout>
      </PortalProvider>,
    );
    const scope = /data-hpk-layout="([^"]+)"/.exec(html)?.[1];
    expect(scope).toBeDefined();
    const style = /<style nonce="r4nd0m" data-slot="portal-custom-css">([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(style).toContain(`[data-hpk-layout="${scope}"] { background: #fafafa }`);
    expect(style).not.toContain('@import');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\sstyle="|\son[a-z]+="/i);
    expect(html).toContain('Zum Hauptinhalt springen');
    expect(html).toContain('alt="Brightpath Servicedesk"');
    expect(html).toContain('<main');
    expect(html).toContain('Abmelden');
  });

  it('renders in the default look while the settings would load', () => {
    const html = renderToString(
      <PortalProvider adapters={createMemoryAdapters()}>
        <PortalLayout menuPages={['opening-hours']}>
          <p>Body</p>
        </PortalLayout>
      </PortalProvider>,
    );
    expect(html).toContain('data-state="loading"');
    expect(html).toContain('<p>Body</p>');
    expect(html).not.toContain('portal-custom-css');
  });
});

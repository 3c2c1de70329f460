import '../jsdomLayout.js';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapters } from '../../../src/adapters/index.js';
import { NONCE_PLACEHOLDER, ScriptSettingsEditor } from '../../../src/admin/index.js';
import { security } from '../../../src/i18n/resources/security.js';
import { PortalProvider } from '../../../src/portal/PortalProvider/index.js';
import { buildContentSecurityPolicy, validateOrigin, type OriginProblem } from '../../../src/security/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

vi.setConfig({ testTimeout: 30_000 });
beforeEach(() => sessionStorage.clear());

function setup(rtl = false) {
  const adapters = createMemoryAdapters({ seed: {} });
  const onSaved = vi.fn();
  const user = userEvent.setup();
  const result = (rtl ? renderRtl : renderPortal)(<ScriptSettingsEditor onSaved={onSaved} />, { provider: { adapters } });
  return { adapters, onSaved, user, ...result };
}
const directive = (name: string) => document.querySelector<HTMLElement>(`[data-directive="${name}"]`) as HTMLElement;
const header = () => document.querySelector('[data-slot="csp-header-value"]')?.textContent;

async function addOrigin(user: ReturnType<typeof userEvent.setup>, name: string, origin: string) {
  const group = directive(name);
  const input = within(group).getByRole('textbox');
  await user.clear(input);
  if (origin !== '') await user.type(input, origin);
  await user.click(within(group).getByRole('button', { name: `Add origin to ${name}` }));
}

describe('ScriptSettingsEditor', () => {
  it('shows the header buildContentSecurityPolicy gives for the settings, explains each risk, and passes axe', async () => {
    const { container, user } = setup();
    await screen.findByRole('heading', { name: 'Scripts and Content-Security-Policy' });
    expect(header()).toBe(buildContentSecurityPolicy({ externalScripts: [], inlineScripts: [], additionalOrigins: {} }, { nonce: NONCE_PLACEHOLDER }));
    expect(within(directive('connect-src')).getByText(/send data to this origin/)).toBeVisible();
    await addOrigin(user, 'img-src', 'https://images.example.com');
    expect(header()).toBe(
      buildContentSecurityPolicy({ externalScripts: [], inlineScripts: [], additionalOrigins: { 'img-src': ['https://images.example.com'] } }, { nonce: NONCE_PLACEHOLDER }),
    );
    expect(header()).toContain("img-src 'self' https://images.example.com");
    await expectNoAxeViolations(container);
  });

  // Every reason validateOrigin can give, as the editor shows it.
  const refused: Array<[OriginProblem, string]> = [
    ['empty', ''],
    ['keyword', "'unsafe-inline'"],
    ['wildcard', '*'],
    ['scheme', 'data:'],
    ['insecure', 'http://cdn.example.com'],
    ['characters', 'https://a.example.com;script-src'],
    ['host', 'https://localhost.'],
    ['port', 'https://cdn.example.com:99999'],
    ['path', 'https://cdn.example.com/a#b'],
    ['credentials', 'https://user@cdn.example.com'],
  ];
  it.each(refused)('refuses an origin with reason %s', async (code, origin) => {
    const result = validateOrigin(origin);
    expect(result.ok ? 'ok' : result.code).toBe(code);
    const { user } = setup();
    await screen.findByRole('heading', { name: 'Scripts and Content-Security-Policy' });
    const before = header();
    await addOrigin(user, 'font-src', origin);
    expect(within(directive('font-src')).getByText(security.en[`origin_${code}`])).toBeVisible();
    expect(header()).toBe(before);
  });

  it('refuses a non-https script URL and a malformed one', async () => {
    const { user } = setup();
    const input = await screen.findByRole('textbox', { name: /^Script URL/ });
    await user.type(input, 'http://widgets.example.com/chat.js');
    await user.click(screen.getByRole('button', { name: 'Add script' }));
    expect(screen.getByText(/Scripts must be loaded over https/)).toBeVisible();
    await user.clear(input);
    await user.type(input, 'not a url');
    await user.click(screen.getByRole('button', { name: 'Add script' }));
    expect(screen.getByText('This is not a valid URL.')).toBeVisible();
    expect(document.querySelectorAll('[data-slot="external-script"]')).toHaveLength(0);
  });

  it('offers to allow the origin of a script URL that is not allowed yet, then adds both', async () => {
    const { user, adapters, onSaved } = setup();
    const input = await screen.findByRole('textbox', { name: /^Script URL/ });
    await user.type(input, 'https://widgets.example.com/chat.js');
    await user.click(screen.getByRole('button', { name: 'Add script' }));
    expect(screen.getByText(/https:\/\/widgets.example.com is not allowed in script-src yet/)).toBeVisible();
    expect(document.querySelectorAll('[data-slot="external-script"]')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Allow https://widgets.example.com in script-src' }));
    expect(document.querySelectorAll('[data-slot="external-script"]')).toHaveLength(1);
    expect(header()).toMatch(/script-src 'self' 'nonce-REPLACE-WITH-NONCE' https:\/\/widgets\.example\.com/);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(await adapters.scriptSettings.get({})).toMatchObject({
      externalScripts: [{ url: 'https://widgets.example.com/chat.js' }],
      additionalOrigins: { 'script-src': ['https://widgets.example.com'] },
    });
  });

  it.each([
    ['allowUnsafeInline', /allow 'unsafe-inline'\?/, "'unsafe-inline'"],
    ['allowUnsafeEval', /allow 'unsafe-eval'\?/, "'unsafe-eval'"],
  ])('asks loudly before %s, and enables it only on confirmation', async (key, title, keyword) => {
    const { user } = setup();
    await screen.findByRole('heading', { name: 'Scripts and Content-Security-Policy' });
    const checkbox = document.querySelector<HTMLInputElement>(`[data-slot="csp-${key}"]`) as HTMLInputElement;
    await user.click(checkbox);
    let dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('heading', { name: title })).toHaveTextContent(/^DANGER/);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(checkbox).not.toBeChecked();
    expect(header()).not.toContain(keyword);

    await user.click(checkbox);
    dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'I understand the risk, allow it' }));
    await waitFor(() => expect(checkbox).toBeChecked());
    expect(header()).toContain(keyword);
  });

  it('copies the header', async () => {
    const { user } = setup();
    await screen.findByRole('heading', { name: 'Scripts and Content-Security-Policy' });
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await user.click(screen.getByRole('button', { name: 'Copy header' }));
    expect(writeText).toHaveBeenCalledWith(header());
    expect(await screen.findByText('Copied.')).toBeVisible();
  });

  it('works in Arabic (RTL) without axe violations; the header stays left to right', async () => {
    const { container } = setup(true);
    expect(await screen.findByRole('heading', { name: 'البرامج النصية وسياسة أمان المحتوى' })).toBeVisible();
    expect(container.querySelector('[dir="rtl"]')).not.toBeNull();
    await expectNoAxeViolations(container);
  });

  it('renders on the server', () => {
    const html = renderToString(
      <PortalProvider adapters={createMemoryAdapters({ seed: {} })}>
        <ScriptSettingsEditor />
      </PortalProvider>,
    );
    expect(html).toContain('data-slot="script-settings-editor"');
    expect(html).not.toMatch(/ style="/);
  });
});

import { waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PortalScripts } from '../../src/portal/PortalScripts/index.js';
import { renderPortal } from '../render.js';

// PortalScripts loads its policy checks when it first has scripts to run; here that load fails
// (as a chunk that cannot be fetched would).
vi.mock('../../src/portal/PortalScripts/runPortalScripts.js', () => {
  throw new Error('The chunk could not be loaded.');
});

describe('PortalScripts when its checks cannot be loaded', () => {
  it('inserts nothing and reports each external script as not loaded', async () => {
    const onError = vi.fn();
    const settings = {
      externalScripts: [{ url: 'https://widgets.example/a.js' }, { url: 'https://widgets.example/b.js' }],
      inlineScripts: [{ code: 'window.ran = true;' }],
      additionalOrigins: {},
    };
    renderPortal(<PortalScripts settings={settings} onError={onError} />, { provider: { nonce: 'pageNonce1234567890' } });
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(2));
    expect(onError.mock.calls.map(([script]) => script)).toEqual([
      { index: 0, url: 'https://widgets.example/a.js' },
      { index: 1, url: 'https://widgets.example/b.js' },
    ]);
    expect(document.head.querySelectorAll('script[data-slot="portal-script"]')).toHaveLength(0);
    expect((window as { ran?: boolean }).ran).toBeUndefined();
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { PRERENDER_ATTRIBUTE, prerenderFits, prerenderGateScript } from '../../demo/prerenderGate.js';
import { prerenderGateKeys } from '../../demo/settings.js';

// Whether the home page the build rendered into index.html is what this visitor sees first: a
// first visit to /, in English, signed out, against the bundled store as seeded.

function visit(address: string, stored: Record<string, string> = {}) {
  window.history.replaceState(null, '', address);
  window.localStorage.clear();
  for (const [key, value] of Object.entries(stored)) window.localStorage.setItem(key, value);
}

afterEach(() => {
  visit('/');
  vi.restoreAllMocks();
  document.documentElement.removeAttribute(PRERENDER_ATTRIBUTE);
  for (const meta of document.head.querySelectorAll('meta')) meta.remove();
});

describe('prerenderFits', () => {
  it('fits a first visit to the home page in English', () => {
    visit('/');
    expect(prerenderFits(prerenderGateKeys)).toBe(true);
    visit('/?lang=en', { [prerenderGateKeys.languageKey]: 'de' });
    expect(prerenderFits(prerenderGateKeys), 'the address wins over the stored choice').toBe(true);
  });

  it('does not fit another address, language, a signed-in visitor, an edited store, faults, the pseudo-locale or a backend', () => {
    const cases: Array<[string, Record<string, string>]> = [
      ['/catalog', {}],
      ['/?lang=ar', {}],
      ['/', { [prerenderGateKeys.languageKey]: 'fr' }],
      ['/', { [prerenderGateKeys.signedInKey]: 'true' }],
      ['/', { [prerenderGateKeys.editedKey]: 'true' }],
      ['/?faults=1', {}],
      ['/?pseudo=1', {}],
    ];
    for (const [address, stored] of cases) {
      visit(address, stored);
      expect(prerenderFits(prerenderGateKeys), `${address} ${JSON.stringify(stored)}`).toBe(false);
    }
    visit('/');
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-AT', 'en']);
    expect(prerenderFits(prerenderGateKeys), "the browser's preferred language").toBe(false);
    vi.restoreAllMocks();
    const meta = document.createElement('meta');
    meta.name = prerenderGateKeys.apiMeta;
    document.head.append(meta);
    expect(prerenderFits(prerenderGateKeys), 'a backend named by the server').toBe(false);
  });
});

describe('prerenderGateScript', () => {
  // The script is the function's source text: it must work on its own, as the page runs it.
  it('marks the document only when the prerender does not fit', () => {
    visit('/');
    new Function(prerenderGateScript(prerenderGateKeys))();
    expect(document.documentElement.hasAttribute(PRERENDER_ATTRIBUTE)).toBe(false);
    visit('/?lang=de');
    new Function(prerenderGateScript(prerenderGateKeys))();
    expect(document.documentElement.getAttribute(PRERENDER_ATTRIBUTE)).toBe('skip');
  });
});

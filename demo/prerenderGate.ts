// Whether the home page rendered into the built index.html (see prerender.tsx) is what this
// visitor's browser would render first. It is rendered for a first visit: the home page, in
// English, signed out, against the bundled store still holding its seed. When the visitor's
// browser would show something else, the page must not show the prerendered HTML for a moment
// (main.tsx renders from scratch instead of hydrating).
//
// `prerenderFits` runs twice: as an inline script at the top of <body>, before the prerendered
// HTML can paint (it marks the document so a style in the <head> hides it), and in main.tsx. It is
// written into the page as source text, so it must use nothing but its argument and the
// browser's globals.

/** What `prerenderFits` needs to know about the demo (see settings.ts). */
export interface PrerenderGateKeys {
  /** The localStorage key of the visitor's language choice. */
  languageKey: string;
  /** The localStorage key of the simulated sign-in. */
  signedInKey: string;
  /** The localStorage key set once the store was written to: its content is no longer the seed's. */
  editedKey: string;
  /** The demo's languages. */
  languages: readonly string[];
  /** The language the home page was rendered in. */
  language: string;
  /** The `<meta name>` that points the demo at a backend (serve.mjs), whose content is not the seed. */
  apiMeta: string;
}

/** The attribute `prerenderGateScript` puts on <html> when the prerendered HTML must stay hidden. */
export const PRERENDER_ATTRIBUTE = 'data-prerender';

/** True when the visitor's first render is the prerendered home page (same logic as settings.ts). */
export function prerenderFits(keys: PrerenderGateKeys): boolean {
  function read(key: string): string | null {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  }
  if (window.location.pathname !== '/') return false;
  if (document.querySelector(`meta[name="${keys.apiMeta}"]`)) return false;
  const search = new URLSearchParams(window.location.search);
  if (search.get('faults') === '1' || search.get('pseudo') === '1') return false;
  if (read(keys.signedInKey) === 'true' || read(keys.editedKey) !== null) return false;
  const known = (value: string | null | undefined) => value !== null && value !== undefined && keys.languages.includes(value);
  const fromUrl = search.get('lang');
  const stored = read(keys.languageKey);
  const preferred = navigator.languages.map((tag) => tag.split('-')[0]).find(known);
  const language = known(fromUrl) ? fromUrl : known(stored) ? stored : (preferred ?? 'en');
  return language === keys.language;
}

/** The inline script for the top of <body>: marks <html> when the prerendered HTML must not show. */
export function prerenderGateScript(keys: PrerenderGateKeys): string {
  return `if(!(${prerenderFits.toString()})(${JSON.stringify(keys)}))document.documentElement.setAttribute(${JSON.stringify(PRERENDER_ATTRIBUTE)},"skip");`;
}

/** The style that hides the prerendered HTML while `prerenderGateScript`'s mark is on <html>. */
export const PRERENDER_HIDDEN_STYLE = `html[${PRERENDER_ATTRIBUTE}="skip"] #root{visibility:hidden}`;

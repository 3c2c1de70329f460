import react from '@vitejs/plugin-react';
import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build, defineConfig, type Plugin, type ResolvedConfig } from 'vite';
import { PRERENDER_ATTRIBUTE } from './prerenderGate.js';
import type { PrerenderedHome } from './prerender.js';
import { CSP_NONCE_PLACEHOLDER, escapeHtmlAttribute } from './serve.mjs';

const src = resolve(import.meta.dirname, '../src');
const execFileAsync = promisify(execFile);

/**
 * The package's `browser` field for the demo, which imports the library's source: the modules it
 * names give way to their browser twins, so the demo loads DOMPurify and the catalog's search
 * index on demand, as a host's bundle of the package does.
 */
const browserTwins = new Map(
  [
    ['portal/SafeHtml/sanitizer', 'ts'],
    ['portal/CatalogBrowser/searchIndexLoader', 'ts'],
    ['portal/CatalogBrowser/catalogBrowserEntry', 'tsx'],
  ].map(([module, extension]) => [resolve(src, `${module}.${extension}`), resolve(src, `${module}.browser.${extension}`)]),
);

function packageBrowserField(): Plugin {
  return {
    name: 'demo:package-browser-field',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer?.startsWith(src)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const twin = resolved && browserTwins.get(resolved.id);
      return twin ? { ...resolved, id: twin } : resolved;
    },
  };
}

/** The entry module and its preloads in Vite's index.html, and the page without their tags. */
function extractModuleTags(index: string): { html: string; entry: string; preloads: string[] } {
  const entry = /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>\s*/.exec(index);
  if (!entry?.[1]) throw new Error('index.html has no module script to load the demo with.');
  const preloads: string[] = [];
  const html = index.replace(entry[0], '').replace(/<link rel="modulepreload"[^>]*\shref="([^"]+)"[^>]*>\s*/g, (_tag, href: string) => {
    preloads.push(href);
    return '';
  });
  return { html, entry: entry[1], preloads };
}

/**
 * The inline script that loads the demo's code into the prerendered page: once the page has
 * painted (the frame after the next one), or at once when the prerendered page is hidden
 * because it does not fit the visitor (prerenderGate.ts) or as soon as the visitor starts to use
 * the page, and in any case within half a second (a tab opened in the background gets no
 * frames). Loading it sooner would not show anything sooner, and on a slow network its 200 kB
 * would share the line with the page's images.
 */
function appLoaderScript({ entry, preloads }: { entry: string; preloads: string[] }): string {
  const skip = `document.documentElement.getAttribute(${JSON.stringify(PRERENDER_ATTRIBUTE)})==="skip"`;
  return [
    '(function(){var started=false;function load(){if(started)return;started=true;',
    `${JSON.stringify(preloads)}.forEach(function(href){var link=document.createElement("link");link.rel="modulepreload";link.href=href;document.head.appendChild(link)});`,
    `import(${JSON.stringify(entry)})}`,
    // A visitor who starts to use the page before then gets the script at once.
    `["pointerdown","keydown","touchstart","focusin"].forEach(function(type){addEventListener(type,load,{once:true,capture:true,passive:true})});`,
    `if(${skip})load();else{requestAnimationFrame(function(){requestAnimationFrame(load)});setTimeout(load,500)}})()`,
  ].join('');
}

/**
 * After the browser build: renders the home page as a first visit sees it (prerender.tsx, built
 * for Node with the same plugins) into index.html, with its styles and the query cache the
 * browser hydrates it from, so the page shows its content before any script has run. The
 * nonce placeholder goes on the added `<style>` and `<script>` elements, as on Vite's own. Not
 * for a build against a backend (`VITE_PORTAL_API_URL`): its content is not the seed's. The
 * browser hides it where it does not fit the visitor (prerenderGate.ts).
 */
function prerenderHome(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'demo:prerender-home',
    apply: (userConfig, { command }) => command === 'build' && !userConfig.build?.ssr,
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (config.env.VITE_PORTAL_API_URL || config.build.write === false) return;
      // Inside the project, so the server build's bare imports resolve from its node_modules; one per build.
      const serverDir = resolve(import.meta.dirname, `../node_modules/.cache/demo-prerender-${process.pid}-${Date.now()}`);
      try {
        await build({
          configFile: false,
          root: import.meta.dirname,
          mode: config.mode,
          logLevel: 'warn',
          plugins: [packageBrowserField(), react()],
          build: { ssr: resolve(import.meta.dirname, 'prerender.tsx'), outDir: serverDir, emptyOutDir: true, target: 'node20' },
        });
        // In a Node process of its own, in production mode: this one may have React loaded already, in another mode.
        const run = `import(${JSON.stringify(pathToFileURL(join(serverDir, 'prerender.js')).href)}).then((module) => module.prerenderHome({ nonce: ${JSON.stringify(CSP_NONCE_PLACEHOLDER)} })).then((home) => process.stdout.write(JSON.stringify(home)))`;
        const { stdout } = await execFileAsync(process.execPath, ['--input-type=module', '--eval', run], {
          env: { ...process.env, NODE_ENV: 'production' },
          maxBuffer: 64 * 1024 * 1024,
        });
        const home = JSON.parse(stdout) as PrerenderedHome;
        const indexFile = resolve(config.root, config.build.outDir, 'index.html');
        const index = await readFile(indexFile, 'utf8');
        const nonce = `nonce="${CSP_NONCE_PLACEHOLDER}"`;
        const body = [
          `<script ${nonce}>${home.gateScript}</script>`,
          `<div id="root">${home.html}</div>`,
          `<script type="application/json" id="${home.stateId}">${home.state}</script>`,
        ].join('\n    ');
        // The page shows without script now: its script starts loading once the prerendered
        // page has painted, instead of competing with it for the network and the main thread
        // (see appLoaderScript).
        const modules = extractModuleTags(index);
        const html = modules.html
          .replace('</head>', () => `  <title>${escapeHtmlAttribute(home.title)}</title>\n    <style ${nonce}>${home.hiddenStyle}</style>\n    ${home.styles}\n  </head>`)
          .replace('<div id="root"></div>', () => `${body}\n    <script ${nonce}>${appLoaderScript(modules)}</script>`);
        if (!html.includes(`id="${home.stateId}"`)) throw new Error('index.html has no empty <div id="root"> to prerender into.');
        await writeFile(indexFile, html);
      } finally {
        await rm(serverDir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * The demo portal: `npm start` serves it, `npm run build:demo` writes demo/dist. It imports the
 * library from ../src, so changes show up without building the package first.
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [packageBrowserField(), react(), prerenderHome()],
  // Vite puts this placeholder on its tags and in <meta property="csp-nonce">, where
  // styled-components reads it for the <style> elements it inserts. The production server
  // replaces it with a fresh nonce per response (see serve.mjs).
  html: { cspNonce: CSP_NONCE_PLACEHOLDER },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
});

// How every test and script starts Chromium: Debian's build (never a downloaded browser), with
// flags that keep it off the network and working in a container. The browser test projects
// (vitest.config.ts), the end-to-end tests (playwright-core) and the screenshot script all
// launch it with these options.

/** The flags Chromium is started with. */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]);

/** The browser binary: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export const CHROMIUM_EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launch options for playwright(-core)'s `chromium.launch` (a fresh copy each call). */
export function chromiumLaunchOptions() {
  return { executablePath: CHROMIUM_EXECUTABLE, args: [...CHROMIUM_ARGS] };
}

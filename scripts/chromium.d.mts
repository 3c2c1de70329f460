/** The flags Chromium is started with. */
export declare const CHROMIUM_ARGS: readonly string[];

/** The browser binary: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export declare const CHROMIUM_EXECUTABLE: string;

/** Launch options for playwright(-core)'s `chromium.launch` (a fresh copy each call). */
export declare function chromiumLaunchOptions(): { executablePath: string; args: string[] };

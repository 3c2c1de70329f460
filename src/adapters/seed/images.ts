import type { AssetReference } from '../../model/asset.js';

// The demo's pictures: small SVG illustrations drawn for this package and shipped as base64
// data URLs (the asset stores' own format, which the portal's image checks accept), so a host's
// bundler needs no asset handling and no absolute path can 404. A page's
// Content-Security-Policy must allow `img-src data:` to show them.

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function svgAsset(id: string, name: string, width: number, height: number, body: string): AssetReference {
  const markup = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;
  const bytes = new TextEncoder().encode(markup);
  return {
    id,
    url: `data:image/svg+xml;base64,${base64(bytes)}`,
    mediaType: 'image/svg+xml',
    size: bytes.length,
    width,
    height,
    name,
  };
}

const MARK = '<rect width="32" height="32" rx="8" fill="#1f5fbf"/><path d="M7 23c4-9 9-13 18-14-4 3-6 7-7 14z" fill="#fff"/><circle cx="23" cy="23" r="3" fill="#f4a340"/>';

/** The demo's images by role. */
export interface DemoImages {
  logo: AssetReference;
  favicon: AssetReference;
  avatar: AssetReference;
  hero: AssetReference;
  laptop: AssetReference;
  password: AssetReference;
  calendar: AssetReference;
  phone: AssetReference;
  printer: AssetReference;
  software: AssetReference;
}

/** Creates the demo's images (a fresh set of objects each call). */
export function createDemoImages(): DemoImages {
  return {
    logo: svgAsset(
      'asset-logo',
      'brightpath-logo.svg',
      200,
      48,
      `<g transform="translate(4 8)">${MARK}</g><text x="46" y="32" font-family="Segoe UI,Helvetica,Arial,sans-serif" font-size="22" font-weight="700" fill="#14213d">Brightpath</text>`,
    ),
    favicon: svgAsset('asset-favicon', 'favicon.svg', 32, 32, MARK),
    avatar: svgAsset(
      'asset-avatar',
      'default-avatar.svg',
      64,
      64,
      '<rect width="64" height="64" rx="32" fill="#d9e2ef"/><circle cx="32" cy="25" r="11" fill="#7b8da8"/><path d="M12 54c3-11 11-16 20-16s17 5 20 16a31 31 0 0 1-40 0z" fill="#7b8da8"/>',
    ),
    hero: svgAsset(
      'asset-hero',
      'hero-hills.svg',
      1200,
      400,
      '<defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#2b6cc4"/><stop offset="1" stop-color="#9cc3f0"/></linearGradient></defs>' +
        '<rect width="1200" height="400" fill="url(#s)"/><circle cx="960" cy="110" r="56" fill="#ffd27a"/>' +
        '<path d="M0 300c160-70 320-90 480-40s320 40 480-30 200-40 240-20v190H0z" fill="#3f8f6b"/>' +
        '<path d="M0 340c200-40 400-30 600 10s420 30 600-20v70H0z" fill="#2d6e52"/>',
    ),
    laptop: svgAsset(
      'asset-laptop',
      'laptop.svg',
      480,
      270,
      '<rect width="480" height="270" fill="#e8f0fb"/><rect x="130" y="60" width="220" height="140" rx="10" fill="#14213d"/><rect x="142" y="72" width="196" height="116" rx="4" fill="#5b9bf0"/><path d="M100 206h280l-20 22H120z" fill="#8a99b3"/>',
    ),
    password: svgAsset(
      'asset-password',
      'password.svg',
      480,
      270,
      '<rect width="480" height="270" fill="#fdf1e2"/><circle cx="190" cy="135" r="52" fill="none" stroke="#c4661f" stroke-width="22"/><path d="M238 128h120v20h-20v26h-22v-26h-18v18h-22v-18h-38z" fill="#c4661f"/>',
    ),
    calendar: svgAsset(
      'asset-calendar',
      'calendar.svg',
      480,
      270,
      '<rect width="480" height="270" fill="#e7f5ee"/><rect x="160" y="60" width="160" height="150" rx="14" fill="#fff" stroke="#2d6e52" stroke-width="6"/><rect x="160" y="60" width="160" height="38" rx="14" fill="#2d6e52"/><g fill="#2d6e52"><rect x="184" y="118" width="22" height="20" rx="3"/><rect x="229" y="118" width="22" height="20" rx="3"/><rect x="274" y="118" width="22" height="20" rx="3"/><rect x="184" y="158" width="22" height="20" rx="3"/><rect x="229" y="158" width="22" height="20" rx="3"/></g>',
    ),
    phone: svgAsset(
      'asset-phone',
      'phone.svg',
      480,
      270,
      '<rect width="480" height="270" fill="#efeafb"/><rect x="190" y="40" width="100" height="190" rx="16" fill="#2a1f5c"/><rect x="200" y="58" width="80" height="146" rx="4" fill="#9d8bf0"/><circle cx="240" cy="216" r="6" fill="#9d8bf0"/>',
    ),
    printer: svgAsset(
      'asset-printer',
      'printer.svg',
      480,
      270,
      '<rect width="480" height="270" fill="#edf1f5"/><rect x="170" y="50" width="140" height="60" fill="#fff" stroke="#4a5a70" stroke-width="6"/><rect x="130" y="100" width="220" height="90" rx="12" fill="#4a5a70"/><rect x="170" y="160" width="140" height="70" fill="#fff" stroke="#4a5a70" stroke-width="6"/><circle cx="320" cy="126" r="7" fill="#7fd18b"/>',
    ),
    software: svgAsset(
      'asset-software',
      'software.svg',
      480,
      270,
      '<rect width="480" height="270" fill="#e6f3f7"/><rect x="110" y="50" width="260" height="170" rx="10" fill="#fff" stroke="#17607a" stroke-width="6"/><rect x="110" y="50" width="260" height="30" rx="10" fill="#17607a"/><path d="M200 120l-30 25 30 25M280 120l30 25-30 25M252 112l-24 66" fill="none" stroke="#17607a" stroke-width="10" stroke-linecap="round" stroke-linejoin="round"/>',
    ),
  };
}

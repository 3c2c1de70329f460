import type { CustomPage } from '../../../src/model/index.js';

/** A custom page record for tests; content and validity as given. */
export function customPage(slug: string, content: CustomPage['content'], validity: CustomPage['validity'] = 'valid'): CustomPage {
  return { id: `page-${slug}`, version: 1, updatedAt: '2026-11-01T10:00:00.000Z', internalTitle: `Internal ${slug}`, slug, validity, content };
}

/** Rich text that tries everything an attacker would: handlers, scripts, script URLs, frames, inline styles. */
export const HOSTILE_BODY =
  '<p onclick="alert(1)">Welcome<img src="x" onerror="alert(2)" alt="x"></p><script>alert(3)</script>' +
  '<a href="javascript:alert(4)">go</a><iframe src="https://evil.example"></iframe>' +
  '<span style="position:fixed;inset:0">cover</span><svg><script>alert(5)</script></svg>' +
  '<form action="https://evil.example"><button formaction="javascript:alert(6)">x</button></form>' +
  '<style>body{display:none}</style><object data="evil.swf"></object>';

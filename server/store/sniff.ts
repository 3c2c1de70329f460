// What an uploaded file really is, decided from its bytes: a client's Content-Type and file
// name are claims, not facts.

/** The image types the server stores, by what their bytes look like. */
export type SniffedImageType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'image/x-icon' | 'image/svg+xml';

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);

const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

/** The image type the bytes are, or `undefined` when they are no image the portal accepts. */
export function sniffImageType(bytes: Uint8Array): SniffedImageType | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  // An icon directory: reserved 0, type 1, at least one image.
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0x00]) && bytes.length >= 6 && (bytes[4]! | (bytes[5]! << 8)) > 0) return 'image/x-icon';
  if (looksLikeSvg(bytes)) return 'image/svg+xml';
  return undefined;
}

/** Media types a client may declare for each sniffed type. */
export const DECLARED_TYPES: Record<SniffedImageType, readonly string[]> = {
  'image/png': ['image/png'],
  'image/jpeg': ['image/jpeg'],
  'image/gif': ['image/gif'],
  'image/webp': ['image/webp'],
  'image/x-icon': ['image/x-icon', 'image/vnd.microsoft.icon'],
  'image/svg+xml': ['image/svg+xml'],
};

function decodeStart(bytes: Uint8Array, length: number): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes.subarray(0, Math.min(bytes.length, length)));
  } catch {
    // Cut in the middle of a character, or not UTF-8 at all: decide on the whole file below.
    return undefined;
  }
}

/** Whether the file is an SVG document: XML whose first element is `<svg`. */
function looksLikeSvg(bytes: Uint8Array): boolean {
  const text = decodeStart(bytes, bytes.length);
  if (text === undefined) return false;
  // Skip a BOM, the XML declaration, comments, a doctype and whitespace before the root element.
  const prolog = /^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>\s*)*/i.exec(text)?.[0] ?? '';
  return /^<svg[\s>/]/i.test(text.slice(prolog.length));
}

/**
 * Why an SVG may not be stored, or `undefined` when it is harmless. SVG is a document format:
 * it can carry script, event handlers, links to `javascript:` and foreign HTML. The portal shows
 * images through `<img>` (where none of that runs) but a file opened directly is a page, so
 * the server refuses anything active rather than trying to clean it.
 */
export function svgProblem(bytes: Uint8Array): string | undefined {
  const text = decodeStart(bytes, bytes.length);
  if (text === undefined) return 'The SVG file is not valid UTF-8 text';
  const checks: Array<[RegExp, string]> = [
    [/<\s*script\b/i, 'contains a <script> element'],
    [/<\s*foreignObject\b/i, 'contains a <foreignObject> element'],
    [/\son[a-z]+\s*=/i, 'contains an event handler attribute'],
    [/(?:href|src)\s*=\s*["']?\s*(?:javascript|vbscript|data:text\/html)/i, 'links to script'],
    [/<!ENTITY/i, 'declares XML entities'],
    [/<\s*(?:iframe|embed|object)\b/i, 'embeds another document'],
  ];
  for (const [pattern, reason] of checks) if (pattern.test(text)) return `The SVG file ${reason}`;
  return undefined;
}

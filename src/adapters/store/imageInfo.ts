/** Intrinsic size of an image file, read from its header; `undefined` when the format is not recognised. */
export function readImageDimensions(bytes: Uint8Array, mediaType: string): { width: number; height: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = (offset: number, length: number) => offset + length <= bytes.length;
  try {
    if (mediaType === 'image/png' && at(16, 8)) {
      return positive(view.getUint32(16), view.getUint32(20));
    }
    if (mediaType === 'image/gif' && at(6, 4)) {
      return positive(view.getUint16(6, true), view.getUint16(8, true));
    }
    if (mediaType === 'image/jpeg') return jpegDimensions(bytes, view);
    if (mediaType === 'image/webp' && at(12, 18)) return webpDimensions(bytes, view);
    if (mediaType === 'image/svg+xml') return svgDimensions(new TextDecoder().decode(bytes.subarray(0, 4096)));
  } catch {
    return undefined;
  }
  return undefined;
}

function positive(width: number, height: number) {
  return width > 0 && height > 0 ? { width: Math.round(width), height: Math.round(height) } : undefined;
}

function jpegDimensions(bytes: Uint8Array, view: DataView) {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1] ?? 0;
    const length = view.getUint16(offset + 2);
    // Start-of-frame markers (baseline, progressive, …) carry the size; 0xC4, 0xC8 and 0xCC do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return positive(view.getUint16(offset + 7), view.getUint16(offset + 5));
    }
    offset += 2 + length;
  }
  return undefined;
}

function webpDimensions(bytes: Uint8Array, view: DataView) {
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunk === 'VP8 ') return positive(view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff);
  if (chunk === 'VP8L') {
    const bits = view.getUint32(21, true);
    return positive((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8X') {
    const width = 1 + ((bytes[24] ?? 0) | ((bytes[25] ?? 0) << 8) | ((bytes[26] ?? 0) << 16));
    const height = 1 + ((bytes[27] ?? 0) | ((bytes[28] ?? 0) << 8) | ((bytes[29] ?? 0) << 16));
    return positive(width, height);
  }
  return undefined;
}

function svgDimensions(text: string) {
  const tag = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (!tag) return undefined;
  const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
  const length = (value: string | undefined) => (value && /^\s*[\d.]+\s*(px)?\s*$/.test(value) ? Number.parseFloat(value) : undefined);
  const width = length(attribute('width'));
  const height = length(attribute('height'));
  if (width && height) return positive(width, height);
  const box = attribute('viewBox')?.trim().split(/[\s,]+/).map(Number);
  if (box && box.length === 4 && box.every(Number.isFinite)) return positive(box[2] as number, box[3] as number);
  return undefined;
}

/** The bytes of a Blob, also where `Blob.arrayBuffer` is missing (older jsdom). */
export async function readBlob(blob: Blob): Promise<Uint8Array> {
  if (typeof blob.arrayBuffer === 'function') return new Uint8Array(await blob.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('Could not read the file'));
    reader.readAsArrayBuffer(blob);
  });
}

/** Base64 of bytes, in chunks so large files do not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary);
}

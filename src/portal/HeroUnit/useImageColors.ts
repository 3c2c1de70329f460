import { useEffect, useState, type RefObject } from 'react';

const SAMPLE_SIZE = 32;

function hex(red: number, green: number, blue: number): string {
  return `#${[red, green, blue].map((value) => Math.round(value).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The average colour of the whole image and of the side the hero's text sits on (the inline
 * start, the lower part), read from the decoded image through a small canvas. `undefined` when
 * the image cannot be read: a cross-origin image without CORS taints the canvas, and
 * environments without canvas (server, jsdom) have none.
 */
export function measureImageColors(image: HTMLImageElement, direction: 'ltr' | 'rtl'): string[] | undefined {
  if (!image.complete || image.naturalWidth === 0) return undefined;
  try {
    const canvas = image.ownerDocument.createElement('canvas');
    canvas.width = SAMPLE_SIZE;
    canvas.height = SAMPLE_SIZE;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return undefined;
    context.drawImage(image, 0, 0, SAMPLE_SIZE, SAMPLE_SIZE);
    const { data } = context.getImageData(0, 0, SAMPLE_SIZE, SAMPLE_SIZE);
    const whole = [0, 0, 0, 0];
    const textSide = [0, 0, 0, 0];
    for (let y = 0; y < SAMPLE_SIZE; y += 1) {
      for (let x = 0; x < SAMPLE_SIZE; x += 1) {
        const offset = (y * SAMPLE_SIZE + x) * 4;
        const pixel = [data[offset] ?? 0, data[offset + 1] ?? 0, data[offset + 2] ?? 0];
        whole.forEach((_, channel) => (whole[channel] = (whole[channel] ?? 0) + (channel < 3 ? (pixel[channel] ?? 0) : 1)));
        const inline = direction === 'rtl' ? SAMPLE_SIZE - 1 - x : x;
        if (inline < SAMPLE_SIZE * 0.6 && y >= SAMPLE_SIZE * 0.3) {
          textSide.forEach((_, channel) => (textSide[channel] = (textSide[channel] ?? 0) + (channel < 3 ? (pixel[channel] ?? 0) : 1)));
        }
      }
    }
    const average = (sums: number[]) => hex((sums[0] ?? 0) / (sums[3] || 1), (sums[1] ?? 0) / (sums[3] || 1), (sums[2] ?? 0) / (sums[3] || 1));
    return [average(whole), average(textSide)];
  } catch {
    // SecurityError from a tainted canvas, or no canvas support: the colours stay unknown.
    return undefined;
  }
}

/**
 * Measures the image behind the hero's text once it has loaded (also when it loaded before
 * hydration). Returns `undefined` until then, or for good when the image cannot be read.
 */
export function useImageColors(
  imageRef: RefObject<HTMLImageElement | null>,
  src: string | undefined,
  direction: 'ltr' | 'rtl',
): string[] | undefined {
  const [measured, setMeasured] = useState<{ key: string; colors: string[] | undefined }>();
  const key = `${src ?? ''}|${direction}`;

  useEffect(() => {
    const image = imageRef.current;
    if (!image || !src) return undefined;
    const measure = () => setMeasured({ key, colors: measureImageColors(image, direction) });
    if (image.complete) {
      measure();
      return undefined;
    }
    image.addEventListener('load', measure);
    return () => image.removeEventListener('load', measure);
  }, [imageRef, src, direction, key]);

  return measured?.key === key ? measured.colors : undefined;
}

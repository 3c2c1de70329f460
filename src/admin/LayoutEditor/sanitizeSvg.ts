import DOMPurify from 'isomorphic-dompurify';

/**
 * An uploaded SVG made safe to serve as an image, or `undefined` when it is not an SVG.
 * Scripts, event handlers, `<style>`, `<foreignObject>` and every reference to another file
 * (`href` other than `#fragment`) are removed, so the file cannot run code or load anything
 * even when it is opened on its own rather than through `<img>`.
 */
export function sanitizeSvg(source: string): string | undefined {
  const clean = DOMPurify.sanitize(source, {
    USE_PROFILES: { svg: true, svgFilters: true },
    FORBID_TAGS: ['style', 'foreignObject', 'script', 'a'],
    FORBID_ATTR: ['style'],
    RETURN_TRUSTED_TYPE: false,
  });
  if (!/^\s*<svg[\s>]/i.test(clean)) return undefined;
  const document = new DOMParser().parseFromString(clean, 'image/svg+xml');
  const root = document.documentElement;
  if (root.nodeName.toLowerCase() !== 'svg' || document.getElementsByTagName('parsererror').length > 0) return undefined;
  for (const element of Array.from(root.querySelectorAll('*')).concat(root)) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if ((name === 'href' || name.endsWith(':href')) && !attribute.value.trim().startsWith('#')) element.removeAttribute(attribute.name);
    }
  }
  if (!root.getAttribute('xmlns')) root.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return new XMLSerializer().serializeToString(root);
}

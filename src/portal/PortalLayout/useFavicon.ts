import { useEffect } from 'react';

/**
 * Points the page's `<link rel="icon">` elements at `url` while the component is mounted (adding
 * one when the page has none) and puts back what was there afterwards. Does nothing when
 * `enabled` is false or there is no URL: the favicon belongs to the host unless it hands it over.
 */
export function useFavicon(url: string | undefined, mediaType: string | undefined, enabled: boolean) {
  useEffect(() => {
    if (!enabled || url === undefined || typeof document === 'undefined') return;
    const existing = Array.from(document.head.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]'));
    const previous = existing.map((link) => ({ link, href: link.getAttribute('href'), type: link.getAttribute('type') }));
    let added: HTMLLinkElement | undefined;
    if (existing.length === 0) {
      added = document.createElement('link');
      added.rel = 'icon';
      added.setAttribute('data-slot', 'portal-favicon');
      document.head.appendChild(added);
      existing.push(added);
    }
    for (const link of existing) {
      link.href = url;
      if (mediaType) link.type = mediaType;
      else link.removeAttribute('type');
    }
    return () => {
      added?.remove();
      for (const { link, href, type } of previous) {
        if (href === null) link.removeAttribute('href');
        else link.setAttribute('href', href);
        if (type === null) link.removeAttribute('type');
        else link.setAttribute('type', type);
      }
    };
  }, [url, mediaType, enabled]);
}

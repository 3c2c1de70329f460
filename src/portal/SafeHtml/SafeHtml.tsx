import { useEffect, useMemo, useState, type ComponentProps } from 'react';
import { loadedSanitizer, loadSanitizer, type Sanitize } from './sanitizer.js';
import { RichText } from './SafeHtml.styles.js';

const NAME = 'SafeHtml';

/** Elements `SafeHtml` may render as: containers that can hold block content. */
export type SafeHtmlElement =
  | 'div'
  | 'section'
  | 'article'
  | 'aside'
  | 'li'
  | 'td'
  | 'th'
  | 'dd'
  | 'blockquote'
  | 'figcaption';

export interface SafeHtmlProps extends Omit<ComponentProps<'div'>, 'children' | 'dangerouslySetInnerHTML'> {
  /**
   * Rich text as an admin or an adapter supplied it. It is always passed through
   * `sanitizeHtml` before it reaches the DOM, whatever its source.
   */
  html: string | null | undefined;
  /** The element to render. @default 'div' */
  as?: SafeHtmlElement | undefined;
}

type SanitizerState = { sanitize: Sanitize | undefined; failed: boolean };

/**
 * The sanitizer: at once where it is loaded (servers, and browsers after the first rich text),
 * otherwise after its chunk has loaded. Nothing is loaded while there is no rich text.
 */
function useSanitizer(needed: boolean): SanitizerState {
  const [state, setState] = useState<SanitizerState>(() => ({ sanitize: loadedSanitizer(), failed: false }));
  useEffect(() => {
    if (!needed || state.sanitize || state.failed) return;
    let active = true;
    loadSanitizer().then(
      (sanitize) => {
        if (active) setState({ sanitize, failed: false });
      },
      (error: unknown) => {
        if (!active) return;
        console.error(`[helpdesk-portal-kit] ${NAME}: the HTML sanitizer could not be loaded; the rich text stays hidden.`, error);
        setState({ sanitize: undefined, failed: true });
      },
    );
    return () => {
      active = false;
    };
  }, [needed, state]);
  return state;
}

/**
 * Renders admin-authored rich text. The only component of the library that sets inner
 * HTML, and it only ever sets the output of `sanitizeHtml` (the same in the browser and on
 * the server, so hydration matches). Rest props and `ref` go to the root element.
 *
 * In browser bundles the sanitizer (DOMPurify) loads with the first rich text shown: until it
 * has, the element renders empty and busy (`data-state="loading"`), never the unsanitized
 * HTML. Servers sanitize synchronously, and a hydrating client keeps the server's (sanitized)
 * markup until its own sanitizer is ready.
 */
export function SafeHtml({ html, as = 'div', ...rest }: SafeHtmlProps) {
  const source = html ?? '';
  const { sanitize, failed } = useSanitizer(source !== '');
  const sanitized = useMemo(() => (source === '' ? '' : sanitize?.(source)), [source, sanitize]);

  if (sanitized === undefined) {
    return (
      <RichText
        as={as}
        {...rest}
        data-slot="safe-html"
        data-state={failed ? 'unavailable' : 'loading'}
        aria-busy={failed ? undefined : true}
        // Hydration: the server's markup was sanitized there; keep it (no mismatch warning)
        // until the client's sanitizer gives the same HTML. A client render shows nothing.
        suppressHydrationWarning
        dangerouslySetInnerHTML={{ __html: '' }}
      />
    );
  }
  return (
    <RichText
      as={as}
      {...rest}
      data-slot="safe-html"
      data-state={sanitized === '' ? 'empty' : 'filled'}
      // The one place the library sets HTML: sanitized just above, never anything else.
      dangerouslySetInnerHTML={{ __html: sanitized }}
    />
  );
}
SafeHtml.displayName = NAME;

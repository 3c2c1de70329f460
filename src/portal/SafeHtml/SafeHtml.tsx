import { useMemo, type ComponentProps } from 'react';
import { sanitizeHtml } from '../../security/sanitizeHtml.js';
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

/**
 * Renders admin-authored rich text. The only component of the library that sets inner
 * HTML, and it only ever sets the output of `sanitizeHtml` (the same in the browser and on
 * the server, so hydration matches). Rest props and `ref` go to the root element.
 */
export function SafeHtml({ html, as = 'div', ...rest }: SafeHtmlProps) {
  const sanitized = useMemo(() => sanitizeHtml(html ?? ''), [html]);
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

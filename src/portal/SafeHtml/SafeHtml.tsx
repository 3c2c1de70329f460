import { useCallback, useContext, useEffect, useMemo, useRef, useState, type ComponentProps } from 'react';
import { I18N_NAMESPACE } from '../../i18n/namespace.js';
import { usePortal } from '../PortalProvider/context.js';
import { loadedSanitizer, loadSanitizer, type Sanitize } from './sanitizer.js';
import { SanitizerSourceContext } from './sanitizerSource.js';
import { RetryButton, RichText, UnavailableNotice } from './SafeHtml.styles.js';

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

type SanitizerState = {
  sanitize: Sanitize | undefined;
  /** The last load failed. */
  failed: boolean;
  /** A load asked for by "Try again" is under way (the message stays until it settles). */
  retrying: boolean;
};

/**
 * The sanitizer: at once where it is loaded (servers, and browsers after the first rich text),
 * otherwise after its chunk has loaded. Nothing is loaded while there is no rich text. After a
 * failed load, `retry` imports the chunk again.
 */
function useSanitizer(needed: boolean): SanitizerState & { retry: () => void } {
  const source = useContext(SanitizerSourceContext);
  const loaded = source?.loaded ?? loadedSanitizer;
  const load = source?.load ?? loadSanitizer;
  const [state, setState] = useState<SanitizerState>(() => ({ sanitize: loaded(), failed: false, retrying: false }));
  useEffect(() => {
    if (!needed || state.sanitize || (state.failed && !state.retrying)) return;
    let active = true;
    load().then(
      (sanitize) => {
        if (active) setState({ sanitize, failed: false, retrying: false });
      },
      (error: unknown) => {
        if (!active) return;
        console.error(`[helpdesk-portal-kit] ${NAME}: the HTML sanitizer could not be loaded; the rich text stays hidden.`, error);
        setState({ sanitize: undefined, failed: true, retrying: false });
      },
    );
    return () => {
      active = false;
    };
  }, [needed, state, load]);
  const retry = useCallback(() => setState((current) => (current.failed && !current.retrying ? { ...current, retrying: true } : current)), []);
  return { ...state, retry };
}

/** In place of the rich text when the sanitizer cannot be loaded: a short message and a retry. */
function SanitizerUnavailable({ onRetry, retrying }: { onRetry: () => void; retrying: boolean }) {
  // Shown rarely: i18next's own lookup, without the translation hook's memory (keeps `SafeHtml` alone small).
  const { i18n, language } = usePortal(NAME);
  const t = (key: string) => i18n.t(key, { lng: language, ns: I18N_NAMESPACE });
  return (
    <UnavailableNotice data-slot="safe-html-unavailable">
      <span role="status">{t('common.richTextUnavailable')}</span>
      {/* Stays focusable while the new load runs (a disabled button would drop the focus). */}
      <RetryButton
        type="button"
        data-slot="safe-html-retry"
        aria-disabled={retrying || undefined}
        aria-busy={retrying || undefined}
        onClick={() => {
          if (!retrying) onRetry();
        }}
      >
        {retrying ? t('data.retrying') : t('common.retry')}
      </RetryButton>
    </UnavailableNotice>
  );
}

/**
 * Renders admin-authored rich text. The only component of the library that sets inner
 * HTML, and it only ever sets the output of `sanitizeHtml` (the same in the browser and on
 * the server, so hydration matches). Rest props and `ref` go to the root element.
 *
 * In browser bundles the sanitizer (DOMPurify) loads with the first rich text shown: until it
 * has, the element renders empty and busy (`data-state="loading"`), never the unsanitized
 * HTML. If its chunk cannot be fetched, the element says so with a "Try again" that fetches it
 * again (`data-state="unavailable"`); the rich text itself is never shown unsanitized. Servers
 * sanitize synchronously, and a hydrating client keeps the server's (sanitized) markup until
 * its own sanitizer is ready (and keeps it, if the sanitizer cannot be loaded).
 */
export function SafeHtml({ html, as = 'div', ref, ...rest }: SafeHtmlProps) {
  const source = html ?? '';
  const { sanitize, failed, retrying, retry } = useSanitizer(source !== '');
  const sanitized = useMemo(() => (source === '' ? '' : sanitize?.(source)), [source, sanitize]);

  // A hydrated element holds the server's markup (sanitized there). When the client's sanitizer
  // cannot load, that markup is kept for the source it was rendered from; otherwise the
  // element says the text cannot be shown. Decided once, after the failure, from the DOM.
  const element = useRef<HTMLElement | null>(null);
  const [kept, setKept] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    if (failed && kept === undefined) setKept(element.current?.hasChildNodes() ? source : null);
  }, [failed, kept, source]);
  const setRef = useCallback(
    (node: HTMLElement | null) => {
      element.current = node;
      if (typeof ref === 'function') return ref(node as HTMLDivElement);
      if (ref) (ref as { current: unknown }).current = node;
      return undefined;
    },
    [ref],
  );

  // The pressed "Try again" goes away with the text it brought: focus goes to the text, not the page's start.
  const focusAfterRetry = useRef(false);
  const retryLoad = useCallback(() => {
    focusAfterRetry.current = true;
    retry();
  }, [retry]);
  useEffect(() => {
    if (sanitized === undefined || !focusAfterRetry.current) return;
    focusAfterRetry.current = false;
    const node = element.current;
    if (!node || (document.activeElement !== null && document.activeElement !== document.body)) return;
    if (!node.hasAttribute('tabindex')) node.setAttribute('tabindex', '-1');
    node.focus();
  }, [sanitized]);

  if (sanitized === undefined) {
    if (failed && kept !== undefined && kept !== source) {
      return (
        <RichText as={as} {...rest} ref={setRef} data-slot="safe-html" data-state="unavailable">
          <SanitizerUnavailable onRetry={retryLoad} retrying={retrying} />
        </RichText>
      );
    }
    const state = failed && kept === source ? 'filled' : 'loading';
    return (
      <RichText
        as={as}
        {...rest}
        ref={setRef}
        data-slot="safe-html"
        data-state={state}
        aria-busy={state === 'loading' ? true : undefined}
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
      ref={setRef}
      data-slot="safe-html"
      data-state={sanitized === '' ? 'empty' : 'filled'}
      // The one place the library sets HTML: sanitized just above, never anything else.
      dangerouslySetInnerHTML={{ __html: sanitized }}
    />
  );
}
SafeHtml.displayName = NAME;

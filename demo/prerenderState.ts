import { hydrate, type DehydratedState, type Query, type QueryClient, type QueryFunctionContext } from '@tanstack/react-query';
import type { PresanitizedCss } from './layout/PortalLayout.js';

/** The `id` of the `<script type="application/json">` the build writes the prerender's state into. */
export const PRERENDER_STATE_ID = 'demo-prerender-state';

/** What the home page rendered into index.html was rendered from (see prerender.tsx). */
export interface PrerenderState {
  /** When the seed's content is dated from (ISO 8601): the browser store is seeded with the same. */
  seedTime: string;
  /** The query cache, with the seed's data. */
  cache: DehydratedState;
  /** The custom CSS sanitized for it. */
  css: PresanitizedCss;
}

const read = new WeakMap<Document, PrerenderState | null>();

/** The state in the page, if the build prerendered it (read once per document). */
export function readPrerenderState(document: Document): PrerenderState | undefined {
  let state = read.get(document);
  if (state === undefined) {
    const text = document.getElementById(PRERENDER_STATE_ID)?.textContent;
    state = text ? (JSON.parse(text) as PrerenderState) : null;
    read.set(document, state);
  }
  return state ?? undefined;
}

/**
 * Fills `queryClient` with the prerender's data, for hydration, and reads each of those queries
 * from the store once its component has subscribed: the store's answer replaces the seed's data
 * where it differs (the cache keeps equal data as it is, so an unchanged page does not render
 * again), and a failed read goes through the hooks' own refetch and error state. The data
 * counts as fresh meanwhile, so the hooks do not refetch on mount and the page shows no
 * fetching in between.
 */
export function hydrateFromPrerender(queryClient: QueryClient, { cache }: PrerenderState): void {
  const now = Date.now();
  hydrate(queryClient, { ...cache, queries: cache.queries.map((query) => ({ ...query, state: { ...query.state, dataUpdatedAt: now } })) });
  const unread = new Set(cache.queries.map((query) => query.queryHash));
  const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'observerAdded' || !unread.delete(event.query.queryHash)) return;
    if (unread.size === 0) queueMicrotask(unsubscribe);
    // After the commit that subscribed it.
    setTimeout(() => void readFromStore(queryClient, event.query), 0);
  });
}

async function readFromStore(queryClient: QueryClient, query: Query): Promise<void> {
  const read = query.options.queryFn;
  if (typeof read !== 'function') {
    await queryClient.invalidateQueries({ queryKey: query.queryKey, exact: true });
    return;
  }
  try {
    const context = { client: queryClient, queryKey: query.queryKey, signal: new AbortController().signal, meta: query.meta } as QueryFunctionContext;
    queryClient.setQueryData(query.queryKey, await read(context));
  } catch {
    await queryClient.invalidateQueries({ queryKey: query.queryKey, exact: true });
  }
}

// The browser twin of `catalogBrowserEntry.tsx` (chosen by the package.json `browser` field):
// the catalog's code loads in its own chunk when a catalog is first rendered.
import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { CatalogBrowserLoading, CatalogBrowserUnavailable } from './CatalogBrowserLoading.js';
import type { CatalogBrowserProps } from './types.js';

/** A failed load of the catalog's chunk (as opposed to an error while rendering it). */
class CatalogCodeUnavailable extends Error {
  constructor(cause: unknown) {
    super('The service catalog’s code could not be loaded.', { cause });
    this.name = 'CatalogCodeUnavailable';
  }
}

let loading: Promise<{ default: ComponentType<CatalogBrowserProps> }> | undefined;

/** Imports the component once; a failed import is tried again by the next load. */
function load() {
  loading ??= import('./CatalogBrowser.js').then(
    (module) => ({ default: module.CatalogBrowser }),
    (error: unknown) => {
      loading = undefined;
      throw new CatalogCodeUnavailable(error);
    },
  );
  return loading;
}

// React remembers a lazy component's failed load: a retry needs a new one.
let LazyCatalogBrowser = lazy(load);

interface LoadBoundaryProps {
  onRetry: () => void;
  fallback: (retry: () => void) => ReactNode;
  children: ReactNode;
}

/** Shows `fallback` when the chunk could not be loaded; any other error goes on to the host's boundary. */
class LoadBoundary extends Component<LoadBoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown) {
    if (error instanceof CatalogCodeUnavailable) console.error('[helpdesk-portal-kit] CatalogBrowser: its code could not be loaded.', error.cause);
  }

  retry = () => {
    this.props.onRetry();
    this.setState({ error: undefined });
  };

  override render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    if (error instanceof CatalogCodeUnavailable) return this.props.fallback(this.retry);
    throw error;
  }
}

/** {@inheritDoc catalogBrowserEntry.tsx#CatalogBrowser} */
export function CatalogBrowser(props: CatalogBrowserProps) {
  const [, setAttempt] = useState(0);
  return (
    <LoadBoundary
      onRetry={() => {
        LazyCatalogBrowser = lazy(load);
        setAttempt((attempt) => attempt + 1);
      }}
      fallback={(retry) => <CatalogBrowserUnavailable {...props} onRetry={retry} />}
    >
      <Suspense fallback={<CatalogBrowserLoading {...props} />}>
        <LazyCatalogBrowser {...props} />
      </Suspense>
    </LoadBoundary>
  );
}
CatalogBrowser.displayName = 'CatalogBrowser';

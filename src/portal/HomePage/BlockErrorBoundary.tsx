import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface BlockErrorBoundaryProps {
  /** Renders the failure; `retry` renders the block again. */
  fallback: (error: unknown, retry: () => void) => ReactNode;
  /** Told about every caught error. */
  onError?: ((error: unknown, info: ErrorInfo) => void) | undefined;
  children: ReactNode;
}

interface BlockErrorBoundaryState {
  error: unknown;
  failed: boolean;
}

/**
 * Catches an error thrown while rendering one block so the rest of the page still renders.
 * (React offers error boundaries only as class components.)
 */
export class BlockErrorBoundary extends Component<BlockErrorBoundaryProps, BlockErrorBoundaryState> {
  override state: BlockErrorBoundaryState = { error: undefined, failed: false };

  static getDerivedStateFromError(error: unknown): BlockErrorBoundaryState {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    this.props.onError?.(error, info);
  }

  retry = () => {
    this.setState({ error: undefined, failed: false });
  };

  override render() {
    if (this.state.failed) return this.props.fallback(this.state.error, this.retry);
    return this.props.children;
  }
}

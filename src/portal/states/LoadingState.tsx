import type { ComponentProps } from 'react';
import { usePortalTranslation } from '../PortalProvider/usePortalTranslation.js';
import { LoadingRoot, SkeletonGroup, SkeletonShape } from './states.styles.js';
import { VisuallyHidden } from '../../internal/visuallyHidden.js';

const NAME = 'LoadingState';

export interface LoadingStateProps extends ComponentProps<'div'> {
  /** What is loading, for screen readers. @default the translated "Loading…" */
  label?: string | undefined;
  /** The skeleton's shape: text lines, list rows, a grid of cards or one block. @default 'lines' */
  variant?: 'lines' | 'list' | 'cards' | 'block' | undefined;
  /** How many lines, rows or cards the skeleton shows. @default 3 */
  count?: number | undefined;
}

/**
 * The placeholder every data-driven component shows while its data loads: a skeleton of the
 * shape to come, marked `aria-busy`, with the loading message for screen readers.
 */
export function LoadingState({ label, variant = 'lines', count = 3, ...props }: LoadingStateProps) {
  const { t } = usePortalTranslation();
  const shapes = variant === 'block' ? 1 : Math.max(1, Math.floor(count));
  return (
    <LoadingRoot data-slot="loading-state" data-state="loading" data-variant={variant} aria-busy="true" {...props}>
      <VisuallyHidden role="status" data-slot="loading-state-label">
        {label ?? t('common.loading')}
      </VisuallyHidden>
      <SkeletonGroup $variant={variant} aria-hidden="true" data-slot="loading-state-skeleton">
        {Array.from({ length: shapes }, (_, index) => (
          <SkeletonShape key={index} $variant={variant} />
        ))}
      </SkeletonGroup>
    </LoadingRoot>
  );
}
LoadingState.displayName = NAME;

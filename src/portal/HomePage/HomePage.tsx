import type { ComponentProps } from 'react';
import type { HomePageConfig } from '../../model/index.js';
import { HomePageBlocks, type HomePageProblem } from './HomePageBlocks.js';

const NAME = 'HomePage';

export interface HomePageProps extends Omit<ComponentProps<'div'>, 'children'> {
  /**
   * The configuration to render (the editor's unsaved one, or one the host loaded).
   */
  config: Pick<HomePageConfig, 'blocks'>;
  /** Drawn in the home page editor's live preview. @default false */
  editing?: boolean | undefined;
  /** Told about blocks that could not be shown as stored. */
  onProblems?: ((problems: HomePageProblem[]) => void) | undefined;
}

/**
 * The portal's home page: the configured blocks in order, hidden ones skipped, every text in
 * the customer's language (or the default, or the first language with content), each block
 * isolated so one failure never blanks the page.
 */
export function HomePage({ config, editing, onProblems, ...rest }: HomePageProps) {
  return <HomePageBlocks {...rest} blocks={config.blocks} editing={editing} onProblems={onProblems} data-slot="home-page" />;
}
HomePage.displayName = NAME;

import type { ComponentProps } from 'react';
import { createDefaultHomePageBlocks } from '../../blocks/registry.js';
import { useHomePage } from '../../data/settings.js';
import type { HomePageConfig } from '../../model/index.js';
import { DataState } from '../states/index.js';
import { HomePageLoading } from './HomePage.styles.js';
import { HomePageBlocks, type HomePageProblem } from './HomePageBlocks.js';

const NAME = 'HomePage';

export interface HomePageProps extends Omit<ComponentProps<'div'>, 'children'> {
  /**
   * The configuration to render: the editor's unsaved one, or one the host loaded. Without it
   * the page reads the home page adapter of `PortalProvider` (with loading and error states;
   * a portal that never saved one shows the default blocks).
   */
  config?: Pick<HomePageConfig, 'blocks'> | undefined;
  /** Drawn in the home page editor's live preview. @default false */
  editing?: boolean | undefined;
  /** Show the page as published at this instant (blocks and teasers outside their window are left out). @default now */
  at?: Date | undefined;
  /** Told about blocks that could not be shown as stored. */
  onProblems?: ((problems: HomePageProblem[]) => void) | undefined;
}

/**
 * The portal's home page: the configured blocks in order, hidden ones and ones outside their
 * publish window skipped, every text in
 * the customer's language (or the default, or the first language with content), each block
 * isolated so one failure never blanks the page.
 */
export function HomePage({ config, ...props }: HomePageProps) {
  if (config) return <HomePageBlocks data-slot="home-page" {...props} blocks={config.blocks} />;
  return <HomePageFromAdapter {...props} />;
}
HomePage.displayName = NAME;

function HomePageFromAdapter(props: Omit<HomePageProps, 'config'>) {
  const result = useHomePage();
  return (
    <DataState result={result} isEmpty={() => false} loading={<HomePageLoading variant="block" />}>
      {(stored) => <HomePageBlocks data-slot="home-page" {...props} blocks={stored?.blocks ?? defaultBlocks()} />}
    </DataState>
  );
}

let defaults: ReturnType<typeof createDefaultHomePageBlocks> | undefined;
/** The blocks of a home page never saved: one of each type, made once so their ids stay stable. */
function defaultBlocks() {
  defaults ??= createDefaultHomePageBlocks();
  return defaults;
}

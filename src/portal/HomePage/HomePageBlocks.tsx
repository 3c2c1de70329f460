import { memo, Suspense, useEffect, useMemo, useRef, type ComponentProps, type ComponentType } from 'react';
import type { BlockRenderProps } from '../../blocks/defineBlockRender.js';
import { getBlockDefinition, parseHomePageBlocks, type BlockProblem, type HomePageBlock } from '../../blocks/registry.js';
import { blockRenders } from '../../blocks/renders.js';
import type { BlockEntry } from '../../model/index.js';
import type { FieldIssue } from '../../model/validate.js';
import { isWithinWindow } from '../../model/schedule.js';
import { isForViewer } from '../../model/audience.js';
import { useViewer } from '../../data/viewer.js';
import { useScheduleClock } from '../../internal/useScheduleClock.js';
import { useViewingTimeOverride, ViewingTimeProvider } from '../PortalProvider/viewingTime.js';
import { usePortalTranslation } from '../PortalProvider/usePortalTranslation.js';
import { BlockErrorBoundary } from './BlockErrorBoundary.js';
import { warnOnce } from './content.js';
import { EmptyState, ErrorState } from '../states/index.js';
import { HomePageRoot } from './HomePage.styles.js';

const NAME = 'HomePageBlocks';

/** A stored block the page could not show as stored: left out, or shown corrected. */
export interface HomePageProblem extends Omit<BlockProblem, 'reason'> {
  /**
   * `unknown-type` and `invalid-props`: the block is left out; `corrected`: it is shown after
   * a correction (e.g. only the first three of four content cards).
   */
  reason: BlockProblem['reason'] | 'corrected';
}

/** One entry, corrected and checked: the block to show, or why it cannot be shown. */
interface PreparedEntry {
  block: HomePageBlock | undefined;
  problem: BlockProblem | undefined;
  corrections: FieldIssue[];
}

// By entry: blocks are immutable values, and an edit replaces only the edited block, so the
// editor's live preview checks (and renders) only that block again on a keystroke.
const preparedEntries = new WeakMap<BlockEntry, PreparedEntry>();

function prepareEntry(entry: BlockEntry): PreparedEntry {
  const known = preparedEntries.get(entry);
  if (known) return known;
  const definition = getBlockDefinition(entry.type);
  const prepare = definition ? blockRenders[definition.type].prepare : undefined;
  const { props, warnings } = prepare ? prepare(entry.props) : { props: entry.props, warnings: [] };
  const { blocks, problems } = parseHomePageBlocks([prepare ? { ...entry, props } : entry]);
  const prepared = { block: blocks[0], problem: problems[0], corrections: warnings };
  preparedEntries.set(entry, prepared);
  return prepared;
}

/** Checks stored blocks against their schemas, after each block type's own corrections. */
export function prepareHomePageBlocks(entries: readonly BlockEntry[]): { blocks: HomePageBlock[]; problems: HomePageProblem[] } {
  const blocks: HomePageBlock[] = [];
  const problems: HomePageProblem[] = [];
  const corrected: HomePageProblem[] = [];
  entries.forEach((entry, index) => {
    const { block, problem, corrections } = prepareEntry(entry);
    if (corrections.length > 0) corrected.push({ index, entry, reason: 'corrected', issues: corrections });
    if (block) blocks.push(block);
    if (problem) problems.push({ ...problem, index });
  });
  return { blocks, problems: [...problems, ...corrected].sort((a, b) => a.index - b.index) };
}

// The checked blocks of each stored list, by the list's identity: the same list (the adapter's
// answer in the query cache) renders again on every server request and every remount, and
// checking every block against its schema is the page's largest piece of work.
const preparedLists = new WeakMap<readonly BlockEntry[], ReturnType<typeof prepareHomePageBlocks>>();

function preparedBlocks(entries: readonly BlockEntry[]): ReturnType<typeof prepareHomePageBlocks> {
  let prepared = preparedLists.get(entries);
  if (!prepared) {
    prepared = prepareHomePageBlocks(entries);
    preparedLists.set(entries, prepared);
  }
  return prepared;
}

function BlockFallback({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = usePortalTranslation();
  // A rendering failure is not an adapter error: say which part of the page failed.
  return <ErrorState error={error} onRetry={retry} message={t('home.blockError')} data-slot="home-page-block-error" />;
}

/** One block in its slot; memoized, so the blocks an edit left alone do not render again. */
const BlockView = memo(function BlockView({ block, editing }: { block: HomePageBlock; editing: boolean }) {
  const { Component } = blockRenders[block.type] as unknown as { Component: ComponentType<BlockRenderProps> };
  return (
    <div data-slot="home-page-block" data-block-type={block.type} data-block-id={block.id}>
      <BlockErrorBoundary fallback={(error, retry) => <BlockFallback error={error} retry={retry} />}>
        {/* On the server a failing block falls back here and is retried in the browser. */}
        <Suspense fallback={null}>
          <Component block={block} editing={editing} />
        </Suspense>
      </BlockErrorBoundary>
    </div>
  );
});

export interface HomePageBlocksProps extends Omit<ComponentProps<'div'>, 'children'> {
  /** The stored blocks, in display order (hidden ones, and ones outside their publish window, are skipped). */
  blocks: readonly BlockEntry[];
  /**
   * Show the page as published at this instant: blocks and teasers whose publish window does
   * not contain it are left out (the editor preview's "view as of" control).
   * @default now (or the instant of an enclosing preview)
   */
  at?: Date | undefined;
  /** Drawn in the home page editor's live preview. @default false */
  editing?: boolean | undefined;
  /**
   * Told about blocks that could not be shown as stored (unknown type, props failing their
   * schema, corrected props). Each problem is also logged as a console warning.
   */
  onProblems?: ((problems: HomePageProblem[]) => void) | undefined;
}

/**
 * The one renderer of home page blocks, used by `HomePage` and by the home page editor's live
 * preview: blocks in the stored order, hidden ones, ones outside their publish window and ones
 * not for the customer of the nearest `PortalProvider` (their audience) skipped, each drawn by
 * the component its
 * type registered, inside its own error boundary so one failing block shows an error with a
 * retry while the rest of the page renders.
 */
export function HomePageBlocks({ blocks: entries, editing = false, onProblems, at: atProp, ...rest }: HomePageBlocksProps) {
  const { t } = usePortalTranslation();
  const { blocks, problems } = useMemo(() => preparedBlocks(entries), [entries]);

  // Reported once per new list of problems, however often the host's callback changes identity.
  const onProblemsRef = useRef(onProblems);
  useEffect(() => {
    onProblemsRef.current = onProblems;
  });
  useEffect(() => {
    if (problems.length === 0) return;
    for (const problem of problems) {
      warnOnce(`${NAME}: block ${problem.index} ("${problem.entry.type}", id ${problem.entry.id}) ${problem.reason}: ${problem.issues.map((issue) => `${issue.path} ${issue.message}`).join('; ')}`);
    }
    onProblemsRef.current?.(problems);
  }, [problems]);

  // Only an explicit instant is handed down (a fresh "now" each render would re-render every block).
  const inherited = useViewingTimeOverride();
  const override = atProp ?? inherited;
  // Without an explicit instant, "now" is renewed when a block's window begins or ends.
  const now = useScheduleClock(blocks, override === undefined);
  const at = override ?? now;
  const viewer = useViewer();
  const visible = blocks.filter((block) => !block.hidden && isWithinWindow(block, at) && isForViewer(block, viewer));
  return (
    <ViewingTimeProvider at={override}>
      <HomePageRoot data-slot="home-page-blocks" {...rest} data-state={editing ? 'editing' : 'published'}>
        {visible.length === 0 && <EmptyState title={t('home.pageEmpty')} />}
        {visible.map((block) => (
          <BlockView key={block.id} block={block} editing={editing} />
        ))}
      </HomePageRoot>
    </ViewingTimeProvider>
  );
}
HomePageBlocks.displayName = NAME;

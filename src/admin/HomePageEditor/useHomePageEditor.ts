import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import * as v from 'valibot';
import { createDefaultHomePageBlocks, parseHomePageBlocks, type BlockProblem, type HomePageBlock } from '../../blocks/registry.js';
import { useRequiredAdapter, useSaveHomePage } from '../../data/index.js';
import { HomePageConfigSchema, type Audience, type HomePageConfig, type LanguageTag, type PublishWindow } from '../../model/index.js';
import { getHomePageTranslation, type TranslationCompleteness } from '../../model/translationStatus.js';
import { usePortal } from '../../portal/PortalProvider/index.js';
import { isAbortError, toAdminError, type AdminError } from '../kit/adapterError.js';
import type { SaveStatus } from '../kit/SaveBar/SaveBar.js';
import { useLatest } from '../kit/useLatest.js';
import { useSessionDraft, type SessionDraft } from '../kit/useSessionDraft.js';
import { useUnsavedChangesGuard, type NavigationBlocker, type UseNavigationBlocker } from '../kit/useUnsavedChangesGuard.js';
import { moveItem } from './parts/ItemControls.js';
import { BLOCK_AUDIENCE_PATH, findBlockIssues, type BlockIssue } from './validation.js';

/** Where loading the home page stands. */
export type HomePageEditorStatus = 'loading' | 'ready' | 'error';

/** A save that met a newer stored version. */
export interface HomePageConflict {
  /** The admin's blocks when the save was refused. */
  mine: HomePageBlock[];
  /** The stored home page now, or `null` when it could not be loaded. */
  theirs: HomePageConfig | null;
}

export interface UseHomePageEditorOptions {
  /** Called after every successful save. */
  onSaved?: ((config: HomePageConfig, details: { close: boolean }) => void) | undefined;
  /** Called when the editor should close ("Save and close" succeeded, or the admin left). */
  onClose?: (() => void) | undefined;
  /** The host router's blocker hook (React Router's `useBlocker` fits). */
  useBlocker?: UseNavigationBlocker | undefined;
  /** Where drafts are kept. @default window.sessionStorage */
  draftStorage?: Storage | undefined;
}

/** What {@link useHomePageEditor} returns. */
export interface HomePageEditorState {
  /** The stored home page as last loaded or saved; `null` when none was saved yet. */
  record: HomePageConfig | null;
  status: HomePageEditorStatus;
  /** Why loading failed. */
  loadError: AdminError | null;
  reload: () => void;
  /** The unsaved blocks, in order (what the preview shows). */
  blocks: HomePageBlock[];
  /** Stored blocks that could not be read (unknown type, malformed): left out, and dropped on the next save. */
  problems: BlockProblem[];
  /** Replaces one block's props. */
  setBlockProps: (id: string, props: HomePageBlock['props']) => void;
  /** Shows or hides one block. */
  setBlockHidden: (id: string, hidden: boolean) => void;
  /** Sets a block's publish window (UTC; an absent end is open). */
  setBlockWindow: (id: string, window: PublishWindow) => void;
  /** Sets (or, with `undefined`, removes) a block's audience. */
  setBlockAudience: (id: string, audience: Audience | undefined) => void;
  /** Moves a block from one position to another. */
  moveBlock: (from: number, to: number) => void;
  /** The block whose form is shown. */
  selectedId: string | null;
  select: (id: string) => void;
  /** Whether there are unsaved changes. */
  dirty: boolean;
  /** Problems by block id (shown on the fields once a save was tried). */
  issues: Map<string, BlockIssue[]>;
  /** Whether field problems are shown (after a save was tried). */
  showIssues: boolean;
  saveStatus: SaveStatus;
  /** Why the last save failed (not for conflicts). */
  saveError: AdminError | null;
  /** Validates and saves; resolves with the stored home page, or `undefined`. */
  save: (options?: { close?: boolean }) => Promise<HomePageConfig | undefined>;
  conflict: HomePageConflict | null;
  keepMine: () => Promise<HomePageConfig | undefined>;
  takeTheirs: () => void;
  copyMineThenReload: () => Promise<void>;
  dismissConflict: () => void;
  /** The content languages (one tab each). */
  languages: LanguageTag[];
  /** Languages in which a required text is missing. */
  incompleteLanguages: LanguageTag[];
  /** Each language's translation status across the blocks; a language with a problem is at best incomplete. */
  translationStatuses: Record<LanguageTag, TranslationCompleteness>;
  activeLanguage: LanguageTag;
  setActiveLanguage: (language: LanguageTag) => void;
  addLanguage: (language: LanguageTag) => void;
  /** Removes a language's texts from every block. */
  removeLanguage: (language: LanguageTag) => void;
  draft: SessionDraft<HomePageBlock[]> & { restoreIntoForm: () => void };
  blocker: NavigationBlocker;
  requestClose: () => void;
  leaveRequested: boolean;
  answerLeave: (leave: boolean) => void;
  notice: 'copied' | null;
  /**
   * Shows a home page stored elsewhere as the editor's current version (a restored revision):
   * the blocks are replaced by its blocks, unsaved changes and the draft are dropped.
   */
  adoptRecord: (config: HomePageConfig) => void;
}

/** How a server names a block's audience: `blocks.2.audience`, `….audience.kind`, `….audience.groups`, `….audience.groups.1`. */
const BLOCK_AUDIENCE_ISSUE = /^blocks\.(\d+)\.audience(\.kind|\.groups(?:\.\d+)?)?$/;

/** The message of a server's issue with a block's audience: too few or too many groups, else "not valid". */
function audienceIssueKey(code: string): string {
  if (code === 'min_items' || code === 'min_length' || code === 'non_empty') return 'admin.errorsAudienceNoGroup';
  if (code === 'max_items' || code === 'max_length') return 'admin.errorsAudienceTooManyGroups';
  return 'admin.errorsInvalid';
}

/**
 * The server's issues with the blocks' audiences, on the block's audience field (by block id):
 * per block the first issue about the groups, else its first audience issue (a schema validator
 * reports every `oneOf` branch that failed). The issues left over come back in `rest`.
 */
function serverAudienceIssues(issues: AdminError['issues'], submitted: readonly HomePageBlock[]): { byBlock: Map<string, BlockIssue[]>; rest: AdminError['issues'] } {
  const found = new Map<string, { issue: BlockIssue; aboutGroups: boolean }>();
  const rest: AdminError['issues'][number][] = [];
  for (const issue of issues) {
    const match = BLOCK_AUDIENCE_ISSUE.exec(issue.path);
    const block = match ? submitted[Number(match[1])] : undefined;
    if (!match || !block) {
      rest.push(issue);
      continue;
    }
    // An index path (`groups.1`) names one group: its length, not the list's.
    const aboutGroups = match[2]?.startsWith('.groups') ?? false;
    const key = match[2]?.startsWith('.groups.') ? 'admin.errorsInvalid' : audienceIssueKey(issue.code);
    const known = found.get(block.id);
    if (!known || (aboutGroups && !known.aboutGroups)) found.set(block.id, { issue: { path: BLOCK_AUDIENCE_PATH, messageKey: key }, aboutGroups });
  }
  return { byBlock: new Map([...found].map(([id, { issue }]) => [id, [issue]])), rest };
}

const isHomePageConfig = (value: unknown): value is HomePageConfig => v.safeParse(HomePageConfigSchema, value).success;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every language that has texts anywhere in the blocks. */
function languagesOf(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => languagesOf(item, found));
  else if (isRecord(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'content' && isRecord(child)) Object.keys(child).forEach((language) => found.add(language));
      else languagesOf(child, found);
    }
  }
  return found;
}

/** `value` without the texts of `language`. */
function withoutLanguage<T>(value: T, language: string): T {
  if (Array.isArray(value)) return value.map((item: unknown) => withoutLanguage(item, language)) as T;
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => {
      if (key === 'content' && isRecord(child)) {
        const { [language]: _removed, ...rest } = child;
        return [key, rest];
      }
      return [key, withoutLanguage(child, language)];
    }),
  ) as T;
}

function parse(config: HomePageConfig | null): { blocks: HomePageBlock[]; problems: BlockProblem[] } {
  if (!config) return { blocks: createDefaultHomePageBlocks(), problems: [] };
  return parseHomePageBlocks(config.blocks);
}

const serialize = (blocks: readonly HomePageBlock[]) => JSON.stringify(blocks);

/**
 * The logic of the home page editor over the `homePage` adapter of the surrounding
 * `PortalProvider`: loading, the unsaved blocks (order, visibility, props), checks before
 * saving, saving with conflicts, content languages, drafts in session storage and the
 * unsaved-changes guard. A failed save never drops what the admin entered.
 */
export function useHomePageEditor({ onSaved, onClose, useBlocker, draftStorage }: UseHomePageEditorOptions = {}): HomePageEditorState {
  const { defaultLanguage } = usePortal('useHomePageEditor');
  const { adapter } = useRequiredAdapter('homePage', 'useHomePageEditor');
  const { mutate: saveHomePage } = useSaveHomePage();
  const [record, setRecord] = useState<HomePageConfig | null>(null);
  const recordRef = useLatest(record);
  const [status, setStatus] = useState<HomePageEditorStatus>('loading');
  const [loadError, setLoadError] = useState<AdminError | null>(null);
  const [reloadCount, setReloadCount] = useState(0);
  const [blocks, setBlocks] = useState<HomePageBlock[]>([]);
  const [problems, setProblems] = useState<BlockProblem[]>([]);
  const [baseline, setBaseline] = useState('[]');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [extraLanguages, setExtraLanguages] = useState<LanguageTag[]>([]);
  const [selectedLanguage, setSelectedLanguage] = useState<LanguageTag>(defaultLanguage);
  const [showIssues, setShowIssues] = useState(false);
  // What the server refused in the blocks' audiences at the last save, by block id.
  const [serverIssues, setServerIssues] = useState<ReadonlyMap<string, BlockIssue[]>>(() => new Map());
  const [saveStatus, setSaveStatus] = useState<SaveStatus>('idle');
  const [saveError, setSaveError] = useState<AdminError | null>(null);
  const [conflict, setConflict] = useState<HomePageConflict | null>(null);
  const [leaveRequested, setLeaveRequested] = useState(false);
  const [closeAfterSave, setCloseAfterSave] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const [notice, setNotice] = useState<'copied' | null>(null);
  const savingRef = useRef(false);
  const blocksRef = useLatest(blocks);
  const callbacks = useLatest({ onSaved, onClose });

  const load = useCallback((config: HomePageConfig | null) => {
    const parsed = parse(config);
    setRecord(config);
    setBlocks(parsed.blocks);
    setProblems(parsed.problems);
    setBaseline(serialize(parsed.blocks));
    setSelectedId((current) => (current && parsed.blocks.some((block) => block.id === current) ? current : (parsed.blocks[0]?.id ?? null)));
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    setStatus('loading');
    setLoadError(null);
    adapter.get({ signal: controller.signal }).then(
      (config) => {
        if (controller.signal.aborted) return;
        load(config);
        setStatus('ready');
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        setLoadError(toAdminError(error));
        setStatus('error');
      },
    );
    return () => controller.abort();
  }, [adapter, reloadCount, load]);

  const dirty = status === 'ready' && serialize(blocks) !== baseline;
  const busy = saveStatus === 'saving' || saveStatus === 'saving-and-closing';
  const blockIssues = useMemo(() => findBlockIssues(blocks), [blocks]);
  // The form's own problems first: a block's field shows the first issue on its path.
  const issues = useMemo(() => {
    if (serverIssues.size === 0) return blockIssues;
    const merged = new Map(blockIssues);
    for (const [id, list] of serverIssues) merged.set(id, [...(merged.get(id) ?? []), ...list]);
    return merged;
  }, [blockIssues, serverIssues]);

  const languageList = useMemo(() => {
    const found = languagesOf(blocks);
    const ordered = [defaultLanguage, ...[...found].filter((language) => language !== defaultLanguage)];
    for (const language of extraLanguages) if (!ordered.includes(language)) ordered.push(language);
    return ordered;
  }, [blocks, defaultLanguage, extraLanguages]);
  // The same array while the languages stay the same (typing a text changes none), so the tabs
  // and the preview that receive it need not render again. Language tags hold no spaces.
  const languagesKey = languageList.join(' ');
  const languages = useMemo(() => languagesKey.split(' '), [languagesKey]);
  const activeLanguage = languages.includes(selectedLanguage) ? selectedLanguage : (languages[0] ?? defaultLanguage);
  const incompleteLanguages = useMemo(() => {
    const missing = new Set<string>();
    for (const list of blockIssues.values()) for (const issue of list) {
      const language = /content\.([^.]+)\.(title|label|imageAlt)$/.exec(issue.path)?.[1];
      if (language) missing.add(language);
    }
    // A language without a hero title is incomplete too.
    const hero = blocks.find((block) => block.type === 'hero-unit');
    if (hero?.type === 'hero-unit') for (const language of languages) if (!hero.props.content[language]?.title) missing.add(language);
    return languages.filter((language) => missing.has(language));
  }, [blockIssues, blocks, languages]);
  const translationStatuses = useMemo(() => {
    const statuses = getHomePageTranslation(blocks, languages).report.languages;
    for (const language of incompleteLanguages) if (statuses[language] === 'complete') statuses[language] = 'incomplete';
    return statuses;
  }, [blocks, languages, incompleteLanguages]);

  const updateBlock = useCallback((id: string, change: (block: HomePageBlock) => HomePageBlock) => {
    setBlocks((current) => current.map((block) => (block.id === id ? change(block) : block)));
    setSaveStatus((current) => (current === 'saved' ? 'idle' : current));
  }, []);
  const setBlockProps = useCallback(
    (id: string, props: HomePageBlock['props']) => updateBlock(id, (block) => ({ ...block, props }) as HomePageBlock),
    [updateBlock],
  );
  const setBlockHidden = useCallback((id: string, hidden: boolean) => updateBlock(id, (block) => ({ ...block, hidden })), [updateBlock]);
  const setBlockWindow = useCallback(
    (id: string, window: PublishWindow) =>
      updateBlock(id, (block) => {
        const { visibleFrom: _from, visibleUntil: _until, ...rest } = block;
        return { ...rest, ...(window.visibleFrom ? { visibleFrom: window.visibleFrom } : {}), ...(window.visibleUntil ? { visibleUntil: window.visibleUntil } : {}) } as HomePageBlock;
      }),
    [updateBlock],
  );
  const setBlockAudience = useCallback(
    (id: string, audience: Audience | undefined) => {
      // A changed audience is no longer the one the server refused.
      setServerIssues((current) => {
        if (!current.has(id)) return current;
        const next = new Map(current);
        next.delete(id);
        return next;
      });
      updateBlock(id, (block) => {
        const { audience: _audience, ...rest } = block;
        return { ...rest, ...(audience ? { audience } : {}) } as HomePageBlock;
      });
    },
    [updateBlock],
  );
  const moveBlock = useCallback((from: number, to: number) => setBlocks((current) => moveItem(current, from, to)), []);

  const write = useCallback(
    async (submitted: HomePageBlock[], mode: { close: boolean; previousVersion?: number | null }) => {
      if (savingRef.current) return undefined;
      savingRef.current = true;
      setSaveStatus(mode.close ? 'saving-and-closing' : 'saving');
      setNotice(null);
      try {
        const previousVersion = mode.previousVersion !== undefined ? mode.previousVersion : (recordRef.current?.version ?? null);
        const saved = await saveHomePage({ data: { blocks: submitted }, previousVersion });
        discardDraftRef.current();
        setRecord(saved);
        setProblems([]);
        setBaseline(serialize(submitted));
        setSaveStatus('saved');
        setSaveError(null);
        setConflict(null);
        setShowIssues(false);
        setServerIssues(new Map());
        callbacks.current.onSaved?.(saved, { close: mode.close });
        if (mode.close) setCloseAfterSave(true);
        return saved;
      } catch (error) {
        const adminError = toAdminError(error);
        setSaveStatus('error');
        if (adminError.kind === 'conflict') {
          const theirs = isHomePageConfig(adminError.current) ? adminError.current : await adapter.get({}).catch(() => null);
          setConflict({ mine: submitted, theirs });
          setSaveError(null);
        } else if (adminError.kind === 'validation') {
          const { byBlock, rest } = serverAudienceIssues(adminError.issues, submitted);
          if (byBlock.size > 0) {
            setServerIssues(byBlock);
            setShowIssues(true);
            const first = submitted.find((block) => byBlock.has(block.id));
            if (first) setSelectedId(first.id);
          }
          setSaveError({ ...adminError, issues: rest });
        } else {
          setSaveError(adminError);
        }
        return undefined;
      } finally {
        savingRef.current = false;
      }
    },
    // `discardDraftRef` is a ref read at call time.
    [adapter, saveHomePage, recordRef, callbacks],
  );

  const validate = useCallback((): HomePageBlock[] | undefined => {
    setSaveError(null);
    setServerIssues(new Map());
    const current = blocksRef.current;
    const found = findBlockIssues(current);
    if (found.size === 0) return current;
    setShowIssues(true);
    const first = current.find((block) => found.has(block.id));
    if (first) {
      setSelectedId(first.id);
      const language = /content\.([^.]+)\./.exec(found.get(first.id)?.[0]?.path ?? '')?.[1];
      if (language) setSelectedLanguage(language);
    }
    setSaveStatus('error');
    setSaveError({ kind: 'validation', message: '', issues: [], current: null });
    return undefined;
  }, [blocksRef]);

  const save = useCallback(
    async ({ close = false }: { close?: boolean } = {}) => {
      if (savingRef.current) return undefined;
      const submitted = validate();
      if (!submitted) return undefined;
      return write(submitted, { close });
    },
    [validate, write],
  );

  const keepMine = useCallback(async () => {
    if (!conflict) return undefined;
    const theirs = conflict.theirs ?? (await adapter.get({}).catch(() => null));
    setConflict(null);
    if (theirs) setRecord(theirs);
    return write(blocksRef.current, { close: false, previousVersion: theirs?.version ?? null });
  }, [adapter, conflict, write, blocksRef]);

  const takeTheirs = useCallback(() => {
    if (!conflict?.theirs) return;
    load(conflict.theirs);
    setConflict(null);
    setSaveStatus('idle');
    setSaveError(null);
    setShowIssues(false);
    setServerIssues(new Map());
  }, [conflict, load]);

  const copyMineThenReload = useCallback(async () => {
    if (typeof navigator === 'undefined' || !navigator.clipboard) throw new Error('No clipboard');
    await navigator.clipboard.writeText(JSON.stringify(blocksRef.current, null, 2));
    takeTheirs();
    setNotice('copied');
  }, [blocksRef, takeTheirs]);

  const addLanguage = useCallback((language: LanguageTag) => {
    setExtraLanguages((current) => (current.includes(language) ? current : [...current, language]));
    setSelectedLanguage(language);
  }, []);
  const removeLanguage = useCallback((language: LanguageTag) => {
    setExtraLanguages((current) => current.filter((known) => known !== language));
    setBlocks((current) => withoutLanguage(current, language));
  }, []);

  const draft = useSessionDraft<HomePageBlock[]>({
    key: status === 'ready' ? 'homePage' : null,
    values: blocks,
    dirty: dirty && !busy,
    baseVersion: record?.version ?? null,
    storage: draftStorage,
  });
  const { discard: discardDraft, restore: restoreDraft } = draft;
  const discardDraftRef = useLatest(discardDraft);
  const restoreIntoForm = useCallback(() => {
    const restored = restoreDraft();
    if (!restored) return;
    // Checked again: a draft is stored text, and the block types may have changed since.
    const parsed = parseHomePageBlocks(restored);
    setBlocks(parsed.blocks);
  }, [restoreDraft]);

  const adoptRecord = useCallback(
    (config: HomePageConfig) => {
      discardDraftRef.current();
      load(config);
      setConflict(null);
      setSaveStatus('idle');
      setSaveError(null);
      setShowIssues(false);
      setServerIssues(new Map());
      setNotice(null);
    },
    [load, discardDraftRef],
  );

  const blocker = useUnsavedChangesGuard(dirty && !closeAfterSave && !leaving, useBlocker);

  useEffect(() => {
    if (!leaving) return;
    callbacks.current.onClose?.();
    setLeaving(false);
  }, [leaving, callbacks]);

  useEffect(() => {
    if (closeAfterSave && !dirty) {
      setCloseAfterSave(false);
      callbacks.current.onClose?.();
    }
  }, [closeAfterSave, dirty, callbacks]);

  const requestClose = useCallback(() => {
    if (dirty) setLeaveRequested(true);
    else callbacks.current.onClose?.();
  }, [dirty, callbacks]);

  const answerLeave = useCallback((leave: boolean) => {
    setLeaveRequested(false);
    if (leave) setLeaving(true);
  }, []);

  return {
    record,
    status,
    loadError,
    reload: () => setReloadCount((count) => count + 1),
    blocks,
    problems,
    setBlockProps,
    setBlockHidden,
    setBlockWindow,
    setBlockAudience,
    moveBlock,
    selectedId,
    select: setSelectedId,
    dirty,
    issues,
    showIssues,
    saveStatus,
    saveError,
    save,
    conflict,
    keepMine,
    takeTheirs,
    copyMineThenReload,
    dismissConflict: () => setConflict(null),
    languages,
    incompleteLanguages,
    translationStatuses,
    activeLanguage,
    setActiveLanguage: setSelectedLanguage,
    addLanguage,
    removeLanguage,
    draft: { ...draft, restoreIntoForm },
    blocker,
    requestClose,
    leaveRequested,
    answerLeave,
    notice,
    adoptRecord,
  };
}

import { useCallback, useState } from 'react';
import { usePortalAdapters } from '../../data/index.js';
import type { HomePageConfig, LanguageTag } from '../../model/index.js';
import type { Revision } from '../../model/revision.js';
import type { FieldChange } from '../../model/revisionDiff.js';
import { HomePageBlocks } from '../../portal/HomePage/index.js';
import { PortalProvider, usePortal } from '../../portal/PortalProvider/index.js';
import type { ThemeInput } from '../../theme/index.js';
import { useLanguageName } from '../kit/LanguageTabs/languageNames.js';
import { Button, ButtonRow } from '../kit/primitives.styles.js';
import { addRevisionHistoryStrings } from '../kit/RevisionHistory/i18n.js';
import { RevisionHistoryDialog } from '../kit/RevisionHistory/RevisionHistoryDialog.js';
import { blockFields } from './blockFields.js';
import { useHomeEditorTranslation } from './i18n.js';

export interface HomePageHistoryProps {
  /** The home page as the editor last loaded or saved it (its stored version). */
  record: HomePageConfig;
  /** The content languages of the editor: the rendered comparison offers them. */
  languages: readonly LanguageTag[];
  /** The editor's language tab: the rendered comparison starts in it. */
  activeLanguage: LanguageTag;
  /** The portal's theme, for the rendered comparison. */
  previewTheme?: ThemeInput | undefined;
  /** The editor holds unsaved changes: the restore confirmation warns they are discarded. */
  unsavedChanges?: boolean | undefined;
  /** Called with the home page as stored after a restore. */
  onRestored: (config: HomePageConfig) => void;
}

/** The home page editor's string key of each field name a diff path may end in. */
const FIELD_KEYS: Readonly<Record<string, string>> = {
  title: 'homeEditor.heroTitle',
  subtitle: 'homeEditor.heroSubtitle',
  text: 'homeEditor.heroText',
  image: 'homeEditor.heroImage',
  imageAlt: 'homeEditor.imageAlt',
  alt: 'homeEditor.imageAlt',
  decorative: 'homeEditor.imageDecorative',
  overlay: 'homeEditor.overlay',
  backgroundColor: 'homeEditor.backgroundColor',
  textColor: 'homeEditor.textColor',
  ctaLabel: 'homeEditor.ctaLabel',
  ctaHref: 'homeEditor.ctaHref',
  href: 'homeEditor.teaserHref',
  label: 'homeEditor.linkLabel',
  pageId: 'homeEditor.linkPage',
  maxCount: 'homeEditor.ticketCount',
  selection: 'homeEditor.ticketSelection',
  query: 'homeEditor.searchQuery',
  max: 'homeEditor.searchMax',
  source: 'homeEditor.listSource',
  readMoreLabel: 'homeEditor.readMoreLabel',
  readMoreHref: 'homeEditor.readMoreHref',
  showMoreLabel: 'homeEditor.showMoreLabel',
  showMoreHref: 'homeEditor.showMoreHref',
  teasers: 'homeEditor.teasersHeading',
  cards: 'homeEditor.cardsHeading',
  lists: 'homeEditor.listsHeading',
  links: 'homeEditor.linksHeading',
  hidden: 'homeEditor.hiddenBadge',
  visibleFrom: 'admin.scheduleFrom',
  visibleUntil: 'admin.scheduleUntil',
};

/** The type of the block `id` in any of `snapshots` (the newest first). */
function blockTypeIn(snapshots: readonly Revision['snapshot'][], id: string): string | undefined {
  for (const snapshot of [...snapshots].reverse()) {
    if (!('blocks' in snapshot) || !Array.isArray(snapshot.blocks)) continue;
    const block = (snapshot.blocks as Array<{ id?: unknown; type?: unknown }>).find((candidate) => candidate.id === id);
    if (block && typeof block.type === 'string') return block.type;
  }
  return undefined;
}

/**
 * The home page editor's "History" button and dialog: the home page's revisions, two compared
 * side by side (drawn by the portal's `HomePageBlocks`, and as a field diff), and a restore as
 * the next version. Absent when the provider has no `revisions` adapter.
 */
export function HomePageHistory({ record, languages, activeLanguage, previewTheme, unsavedChanges, onRestored }: HomePageHistoryProps) {
  const { t, i18n } = useHomeEditorTranslation();
  addRevisionHistoryStrings(i18n);
  const languageName = useLanguageName();
  const { linkComponent, nonce, defaultLanguage } = usePortal('HomePageHistory');
  const [open, setOpen] = useState(false);
  const hasRevisions = Boolean(usePortalAdapters().revisions);

  const fieldLabel = useCallback(
    (change: FieldChange, snapshots: readonly Revision['snapshot'][]) => {
      const [first, blockId, ...rest] = change.path.split('.');
      if (first !== 'blocks' || blockId === undefined) return change.path;
      if (blockId === '$order') return t('homeEditor.conflictOrder');
      const type = blockTypeIn(snapshots, blockId);
      const block = type && type in blockFields ? t(blockFields[type as keyof typeof blockFields].labelKey) : blockId;
      let field: string | undefined;
      if (rest[0] === 'type') field = t('homeEditor.historyBlockType');
      else {
        // The most specific known name: `props.teasers.t1.content.en.title` is a title.
        for (let index = rest.length - 1; index >= 0 && field === undefined; index -= 1) {
          const key = FIELD_KEYS[rest[index]!];
          if (key && rest[index - 1] !== 'content') field = t(key);
        }
      }
      field ??= t('homeEditor.historyOther');
      const language = change.language ?? /(?:^|\.)content\.([^.]+)\./.exec(change.path)?.[1];
      return language ? t('homeEditor.historyFieldIn', { block, field, language: languageName(language) }) : t('homeEditor.historyField', { block, field });
    },
    [t, languageName],
  );

  if (!hasRevisions) return null;

  return (
    <ButtonRow>
      <Button type="button" onClick={() => setOpen(true)} data-slot="home-page-history-open">
        {t('revisionHistory.open')}
      </Button>
      <RevisionHistoryDialog
        open={open}
        onOpenChange={setOpen}
        recordKind="homePage"
        recordId={record.id}
        currentVersion={record.version}
        languages={languages}
        defaultLanguage={activeLanguage}
        fieldLabel={fieldLabel}
        unsavedChanges={unsavedChanges}
        renderSnapshot={(snapshot, language) =>
          'blocks' in snapshot ? (
            <PortalProvider language={language} defaultLanguage={defaultLanguage} theme={previewTheme} linkComponent={linkComponent} nonce={nonce} customer={null}>
              <HomePageBlocks blocks={snapshot.blocks} />
            </PortalProvider>
          ) : null
        }
        onRestored={(revision) => {
          if (revision.recordKind === 'homePage') onRestored(revision.snapshot);
        }}
      />
    </ButtonRow>
  );
}
HomePageHistory.displayName = 'HomePageHistory';

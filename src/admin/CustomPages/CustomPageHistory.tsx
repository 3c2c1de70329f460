import { useState } from 'react';
import { usePortalAdapters } from '../../data/index.js';
import type { CustomPage, LanguageTag } from '../../model/index.js';
import type { FieldChange } from '../../model/revisionDiff.js';
import type { ThemeInput } from '../../theme/index.js';
import { useLanguageName } from '../kit/LanguageTabs/languageNames.js';
import { Button, ButtonRow } from '../kit/primitives.styles.js';
import { useRevisionHistoryTranslation } from '../kit/RevisionHistory/i18n.js';
import { RevisionHistoryDialog } from '../kit/RevisionHistory/RevisionHistoryDialog.js';
import { CustomPagePreview } from './CustomPagePreview.js';

export interface CustomPageHistoryProps {
  /** The page as the editor shows it (its stored version). */
  page: CustomPage;
  /** The editor's language tab: the rendered comparison starts in it. */
  activeLanguage: LanguageTag;
  /** The portal's theme, for the rendered comparison. */
  previewTheme?: ThemeInput | undefined;
  /** Called with the page as stored after a restore. */
  onRestored: (page: CustomPage) => void;
  /** The editor holds unsaved changes: the restore confirmation warns they are discarded. */
  unsavedChanges?: boolean | undefined;
}

/**
 * The custom page editor's "History" button and dialog; absent when the provider has no
 * `revisions` adapter.
 */
export function CustomPageHistory({ page, activeLanguage, previewTheme, onRestored, unsavedChanges }: CustomPageHistoryProps) {
  const { t } = useRevisionHistoryTranslation();
  const languageName = useLanguageName();
  const [open, setOpen] = useState(false);
  if (!usePortalAdapters().revisions) return null;

  const fieldLabel = (change: FieldChange) => {
    const [first, language, field] = change.path.split('.');
    if (first === 'internalTitle') return t('admin.pagesInternalTitle');
    if (first === 'slug') return t('admin.slugLabel');
    if (first === 'validity') return t('admin.validityLabel');
    if (first === 'content' && language) {
      const name = field === 'title' ? t('admin.pagesTitle') : field === 'body' ? t('admin.pagesBody') : (field ?? '');
      return `${name} (${languageName(language)})`;
    }
    return change.path;
  };

  return (
    <ButtonRow>
      <Button type="button" onClick={() => setOpen(true)} data-slot="custom-page-history-open">
        {t('revisionHistory.open')}
      </Button>
      <RevisionHistoryDialog
        open={open}
        onOpenChange={setOpen}
        recordKind="customPage"
        recordId={page.id}
        currentVersion={page.version}
        languages={Object.keys(page.content)}
        defaultLanguage={activeLanguage}
        fieldLabel={fieldLabel}
        unsavedChanges={unsavedChanges}
        renderSnapshot={(snapshot, language) => {
          const content = 'content' in snapshot ? (snapshot as CustomPage).content[language] : undefined;
          return content ? <CustomPagePreview title={content.title} body={content.body} language={language} theme={previewTheme} /> : null;
        }}
        onRestored={(revision) => {
          if (revision.recordKind === 'customPage') onRestored(revision.snapshot);
        }}
      />
    </ButtonRow>
  );
}
CustomPageHistory.displayName = 'CustomPageHistory';

import { useCallback } from 'react';
import type { LayoutSettings, ScriptSettings } from '../../model/index.js';
import type { FieldChange } from '../../model/revisionDiff.js';
import { useLanguageName } from '../kit/LanguageTabs/languageNames.js';
import { addRevisionHistoryStrings } from '../kit/RevisionHistory/i18n.js';
import { RevisionHistoryButton } from '../kit/RevisionHistory/RevisionHistoryButton.js';
import { useLayoutEditorTranslation } from './i18n.js';

/** The layout fields named by the layout editor's own labels. */
const LAYOUT_FIELDS: Readonly<Record<string, string>> = {
  logo: 'layoutEditor.logo',
  favicon: 'layoutEditor.favicon',
  defaultAvatar: 'layoutEditor.defaultAvatar',
  primaryColor: 'layoutEditor.primaryColor',
  accentColor: 'layoutEditor.accentColor',
  customCss: 'layoutEditor.customCss',
  menuPages: 'layoutEditor.menuPages',
};

const SCRIPT_FIELDS: Readonly<Record<string, string>> = {
  url: 'layoutEditor.scriptUrl',
  code: 'layoutEditor.historyCode',
  description: 'layoutEditor.historyNote',
  async: 'layoutEditor.historyAsync',
  defer: 'layoutEditor.historyDefer',
};

type SettingsKind = 'layout' | 'scriptSettings';
type StoredOf<Kind extends SettingsKind> = Kind extends 'layout' ? LayoutSettings : ScriptSettings;

export interface SettingsHistoryProps<Kind extends SettingsKind> {
  /** Which settings: the layout or the scripts. */
  kind: Kind;
  /** The settings as the editor last loaded or saved them. */
  record: StoredOf<Kind>;
  /** The editor holds unsaved changes: the restore confirmation warns they are discarded. */
  unsavedChanges: boolean;
  /** Called with the settings as stored after a restore. */
  onRestored: (record: StoredOf<Kind>) => void;
}

/**
 * The "History" button and dialog of the layout and scripts editors. Their versions are
 * compared as a field diff alone: drawing a whole portal per version (layout) or running
 * scripts (scripts) is not a sensible comparison.
 */
export function SettingsHistory<Kind extends SettingsKind>({ kind, record, unsavedChanges, onRestored }: SettingsHistoryProps<Kind>) {
  const { t, i18n } = useLayoutEditorTranslation();
  addRevisionHistoryStrings(i18n);
  const languageName = useLanguageName();

  const fieldLabel = useCallback(
    (change: FieldChange) => {
      const [first = '', second, third] = change.path.split('.');
      if (kind === 'layout') {
        if (first === 'content' && second) return `${t('layoutEditor.logoAlt')} (${languageName(second)})`;
        const key = LAYOUT_FIELDS[first];
        return key ? t(key) : t('layoutEditor.historyOther');
      }
      if (first === 'externalScripts' || first === 'inlineScripts') {
        const group = t(first === 'externalScripts' ? 'layoutEditor.externalScripts' : 'layoutEditor.inlineScripts');
        const key = third ? SCRIPT_FIELDS[third] : undefined;
        // `externalScripts.$order` and a whole entry added or removed: the list itself.
        return key ? t('layoutEditor.historyField', { group, field: t(key) }) : group;
      }
      if (first === 'additionalOrigins') return second ? t('layoutEditor.historyField', { group: t('layoutEditor.origins'), field: second }) : t('layoutEditor.origins');
      if (first === 'allowUnsafeInline') return t('layoutEditor.unsafeInline');
      if (first === 'allowUnsafeEval') return t('layoutEditor.unsafeEval');
      return t('layoutEditor.historyOther');
    },
    [kind, t, languageName],
  );

  return (
    <RevisionHistoryButton
      buttonSlot={`${kind === 'layout' ? 'layout' : 'script-settings'}-history-open`}
      recordKind={kind}
      recordId={record.id}
      currentVersion={record.version}
      fieldLabel={fieldLabel}
      unsavedChanges={unsavedChanges}
      onRestored={(revision) => {
        if (revision.recordKind === kind) onRestored(revision.snapshot as StoredOf<Kind>);
      }}
    />
  );
}
SettingsHistory.displayName = 'SettingsHistory';

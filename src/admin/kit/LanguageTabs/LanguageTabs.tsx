import { useId, useRef, useState, type ComponentProps, type KeyboardEvent, type ReactNode } from 'react';
import { useControllableState } from '../../../internal/useControllableState.js';
import type { LanguageTag } from '../../../model/index.js';
import type { TranslationCompleteness } from '../../../model/translationStatus.js';
import { usePortal } from '../../../portal/PortalProvider/index.js';
import { ConfirmDialog } from '../Dialog/ConfirmDialog.js';
import { Button, Select, VisuallyHidden } from '../primitives.styles.js';
import { DEFAULT_CONTENT_LANGUAGES, useLanguageName } from './languageNames.js';
import { AddLanguageForm, IncompleteMark, Tab, TabList, TabStatus, TabPanel, TabsBar, TabsRoot, TabTools } from './LanguageTabs.styles.js';
import { useTranslationStatusTranslation } from '../../translationStrings.js';
import { TRANSLATION_STATUS_LABEL_KEYS, TranslationStatusIcon } from '../TranslationStatusBadge/TranslationStatusBadge.js';

const NAME = 'LanguageTabs';

export interface LanguageTabsProps extends Omit<ComponentProps<'div'>, 'children' | 'defaultValue'> {
  /** The record's languages, one tab each, in this order. */
  languages: readonly LanguageTag[];
  /** The active language (controlled). */
  value?: LanguageTag | undefined;
  /** The language active at first (uncontrolled). @default the first of `languages` */
  defaultValue?: LanguageTag | undefined;
  /** Called when the admin picks another tab. */
  onValueChange?: ((language: LanguageTag) => void) | undefined;
  /** Languages missing something; their tabs carry a marker and say "incomplete". @default [] */
  incompleteLanguages?: readonly LanguageTag[] | undefined;
  /**
   * Each language's translation status (see `getTranslationReport`): its tab shows an icon and
   * the status's name ("French ◐ (incomplete)"), which is also part of the tab's accessible name.
   * A language left out shows no status (or the `incompleteLanguages` marker). @default {}
   */
  statuses?: Readonly<Record<LanguageTag, TranslationCompleteness>> | undefined;
  /** Languages offered by "Add language". @default a list of common languages */
  availableLanguages?: readonly LanguageTag[] | undefined;
  /** Adds a language; without it there is no "Add language" control. The new tab becomes active. */
  onAddLanguage?: ((language: LanguageTag) => void) | undefined;
  /** Removes a language after the admin confirmed; without it there is no "Remove" control. */
  onRemoveLanguage?: ((language: LanguageTag) => void) | undefined;
  /** Accessible name of the tab list. @default "Languages" in the portal's language */
  label?: string | undefined;
  /** The content of the active language's panel. */
  children: (language: LanguageTag) => ReactNode;
}

/**
 * One tab per language of a record, with add and remove (removing asks first) and each
 * language's translation status (complete, incomplete, missing) or a marker on incomplete ones. Tabs follow the WAI-ARIA tabs pattern: one tab stop, arrow keys
 * move between tabs (mirrored in right-to-left), Home and End jump to the ends, and the
 * focused tab is selected at once.
 */
export function LanguageTabs({
  languages,
  value,
  defaultValue,
  onValueChange,
  incompleteLanguages = [],
  statuses,
  availableLanguages = DEFAULT_CONTENT_LANGUAGES,
  onAddLanguage,
  onRemoveLanguage,
  label,
  children,
  ...rest
}: LanguageTabsProps) {
  const { t } = useTranslationStatusTranslation();
  const { direction } = usePortal('LanguageTabs');
  const languageName = useLanguageName();
  const baseId = useId();
  const [selected, setSelected] = useControllableState({
    value,
    defaultValue: defaultValue ?? languages[0] ?? '',
    onChange: onValueChange,
  });
  // A removed or unknown tab falls back to the first language.
  const active = languages.includes(selected) ? selected : (languages[0] ?? '');
  const tabRefs = useRef(new Map<LanguageTag, HTMLButtonElement>());
  const [adding, setAdding] = useState(false);
  const addable = availableLanguages.filter((tag) => !languages.includes(tag));
  const [newLanguage, setNewLanguage] = useState<LanguageTag>('');
  const [removing, setRemoving] = useState<LanguageTag | null>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const selectRef = useRef<HTMLSelectElement>(null);

  const tabId = (language: LanguageTag) => `${baseId}-tab-${language}`;
  const panelId = (language: LanguageTag) => `${baseId}-panel-${language}`;

  const focusTab = (language: LanguageTag | undefined) => {
    if (language === undefined) return;
    setSelected(language);
    tabRefs.current.get(language)?.focus();
  };

  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = languages.indexOf(active);
    const forward = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    let next: LanguageTag | undefined;
    if (event.key === forward) next = languages[(index + 1) % languages.length];
    else if (event.key === backward) next = languages[(index - 1 + languages.length) % languages.length];
    else if (event.key === 'Home') next = languages[0];
    else if (event.key === 'End') next = languages[languages.length - 1];
    else return;
    event.preventDefault();
    focusTab(next);
  };

  const confirmAdd = () => {
    const tag = newLanguage || addable[0];
    if (!tag || !onAddLanguage) return;
    onAddLanguage(tag);
    setSelected(tag);
    setAdding(false);
    setNewLanguage('');
    // The new tab is the natural next stop.
    queueMicrotask(() => tabRefs.current.get(tag)?.focus());
  };

  return (
    <TabsRoot data-slot="language-tabs" {...rest}>
      <TabsBar data-slot="language-tabs-bar">
        <TabList role="tablist" aria-label={label ?? t('admin.languagesLabel')} data-slot="language-tab-list">
          {languages.map((language) => {
            const isActive = language === active;
            const status = statuses && Object.prototype.hasOwnProperty.call(statuses, language) ? statuses[language] : undefined;
            const incomplete = status === undefined ? incompleteLanguages.includes(language) : status !== 'complete';
            return (
              <Tab
                key={language}
                ref={(node) => {
                  if (node) tabRefs.current.set(language, node);
                  else tabRefs.current.delete(language);
                }}
                type="button"
                role="tab"
                id={tabId(language)}
                aria-selected={isActive}
                aria-controls={panelId(language)}
                tabIndex={isActive ? 0 : -1}
                onClick={() => setSelected(language)}
                onKeyDown={onTabKeyDown}
                data-slot="language-tab"
                data-state={isActive ? 'active' : 'inactive'}
                data-incomplete={incomplete || undefined}
                data-status={status}
              >
                {languageName(language)}
                {status !== undefined && (
                  <TabStatus data-slot="language-tab-status" data-state={status}>
                    {' '}
                    <TranslationStatusIcon status={status} />
                    {t('translationStatus.tabStatus', { status: t(TRANSLATION_STATUS_LABEL_KEYS[status]) })}
                  </TabStatus>
                )}
                {status === undefined && incomplete && (
                  <>
                    <IncompleteMark aria-hidden="true" data-slot="language-tab-incomplete" />
                    <VisuallyHidden>{t('admin.languagesIncompleteSuffix')}</VisuallyHidden>
                  </>
                )}
              </Tab>
            );
          })}
        </TabList>
        <TabTools data-slot="language-tab-tools">
          {onRemoveLanguage && languages.length > 0 && (
            <Button
              type="button"
              $variant="ghost"
              disabled={languages.length <= 1}
              onClick={() => setRemoving(active)}
              data-slot="language-remove"
            >
              {t('admin.languagesRemove', { language: languageName(active) })}
            </Button>
          )}
          {onAddLanguage && !adding && (
            <Button
              ref={addButtonRef}
              type="button"
              $variant="ghost"
              disabled={addable.length === 0}
              onClick={() => {
                setAdding(true);
                queueMicrotask(() => selectRef.current?.focus());
              }}
              data-slot="language-add"
            >
              {t('admin.languagesAdd')}
            </Button>
          )}
          {onAddLanguage && adding && (
            <AddLanguageForm data-slot="language-add-form">
              <label>
                {t('admin.languagesChoose')}
                <Select ref={selectRef} value={newLanguage || addable[0]} onChange={(event) => setNewLanguage(event.target.value)}>
                  {addable.map((tag) => (
                    <option key={tag} value={tag}>
                      {languageName(tag)}
                    </option>
                  ))}
                </Select>
              </label>
              <Button type="button" $variant="primary" onClick={confirmAdd}>
                {t('admin.languagesAddConfirm')}
              </Button>
              <Button
                type="button"
                onClick={() => {
                  setAdding(false);
                  queueMicrotask(() => addButtonRef.current?.focus());
                }}
              >
                {t('common.cancel')}
              </Button>
            </AddLanguageForm>
          )}
        </TabTools>
      </TabsBar>
      {active && (
        <TabPanel
          role="tabpanel"
          id={panelId(active)}
          aria-labelledby={tabId(active)}
          data-slot="language-tab-panel"
          data-language={active}
        >
          {children(active)}
        </TabPanel>
      )}
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => {
          if (!open) setRemoving(null);
        }}
        tone="danger"
        title={t('admin.languagesRemoveTitle', { language: removing ? languageName(removing) : '' })}
        description={t('admin.languagesRemoveDescription', { language: removing ? languageName(removing) : '' })}
        confirmLabel={t('admin.languagesRemoveConfirm')}
        onConfirm={() => {
          if (removing === null) return;
          const remaining = languages.filter((language) => language !== removing);
          onRemoveLanguage?.(removing);
          if (removing === active && remaining[0] !== undefined) setSelected(remaining[0]);
        }}
      />
    </TabsRoot>
  );
}
LanguageTabs.displayName = NAME;

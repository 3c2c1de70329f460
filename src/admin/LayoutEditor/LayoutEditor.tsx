import { useId, type ComponentProps } from 'react';
import type { HomePageConfig, LanguageTag, LayoutSettings, LayoutSettingsInput } from '../../model/index.js';
import { getLayoutTranslation } from '../../model/translationStatus.js';
import { usePortalAdapters } from '../../data/index.js';
import { usePortal, useFormatters } from '../../portal/PortalProvider/index.js';
import { isColor, toHexColor, type ResolvedTheme, type ThemeInput } from '../../theme/index.js';
import { ConfirmDialog, ConflictDialog, type ConflictRow } from '../kit/Dialog/index.js';
import { Field, TextField } from '../kit/Field/index.js';
import { LanguageTabs, useLanguageName } from '../kit/LanguageTabs/index.js';
import { Button, ButtonRow, Notice } from '../kit/primitives.styles.js';
import { SaveBar } from '../kit/SaveBar/index.js';
import type { UseNavigationBlocker } from '../kit/useUnsavedChangesGuard.js';
import type { BrandColorReport } from './brandContrast.js';
import { CodeEditor } from './CodeEditor.js';
import { useLayoutEditorTranslation } from './i18n.js';
import { ImageField } from './ImageField.js';
import { ColorRow, Columns, ContrastList, EditorRoot, Group, Muted, RemovalList } from './LayoutEditor.styles.js';
import { LayoutPreview } from './LayoutPreview.js';
import { SettingsHistory } from './SettingsHistory.js';
import { MenuPagesField } from './MenuPagesField.js';
import { useLayoutEditor, type LayoutEditorState } from './useLayoutEditor.js';

const NAME = 'LayoutEditor';

/** Largest accepted uploads, in bytes. */
export const LAYOUT_IMAGE_LIMITS = { logo: 1024 * 1024, favicon: 256 * 1024, defaultAvatar: 512 * 1024 } as const;

export interface LayoutEditorProps extends Omit<ComponentProps<'section'>, 'children'> {
  /** The portal's theme: colours are applied over it and contrast is checked against it. @default defaultTheme */
  theme?: ThemeInput | ResolvedTheme | undefined;
  /** Origins the custom CSS may load images from with `url()`. @default [] */
  cssAllowedOrigins?: readonly string[] | undefined;
  /** The home page shown in the preview. @default the stored one (`homePage` adapter) */
  previewHomePage?: Pick<HomePageConfig, 'blocks'> | undefined;
  /** Languages offered for the logo's alt text. @default the portal's language */
  languages?: readonly LanguageTag[] | undefined;
  /** Called after every successful save. */
  onSaved?: ((settings: LayoutSettings, details: { close: boolean }) => void) | undefined;
  /** Called to leave the editor; without it there is no "Save and close" or "Close". */
  onClose?: (() => void) | undefined;
  /** The host router's navigation blocker hook (React Router's `useBlocker` fits). */
  useBlocker?: UseNavigationBlocker | undefined;
  /** Where drafts are kept. @default window.sessionStorage */
  draftStorage?: Storage | undefined;
}

function ColorField({ colorRole: role, value, report, onChange }: { colorRole: 'primary' | 'accent'; value: string; report: BrandColorReport | undefined; onChange: (value: string) => void }) {
  const { t } = useLayoutEditorTranslation();
  const id = useId();
  const name = t(role === 'primary' ? 'layoutEditor.primaryColor' : 'layoutEditor.accentColor');
  const valid = isColor(value);
  const label = (check: BrandColorReport['checks'][number]) =>
    check.kind === 'on-color'
      ? t('layoutEditor.contrastOnColor', { name })
      : check.kind === 'as-text'
        ? t('layoutEditor.contrastAsText', { name })
        : check.kind === 'adjusted-text'
          ? t('layoutEditor.contrastAdjusted', { name, color: check.foreground })
          : t('layoutEditor.contrastFocus');
  return (
    <div data-slot="layout-color-field" data-role={role}>
      <ColorRow>
        <input type="color" aria-label={t('layoutEditor.colorPicker', { name })} value={toHexColor(value) ?? '#000000'} onChange={(event) => onChange(event.currentTarget.value)} />
        <TextField
          label={name}
          description={t('layoutEditor.colorDescription')}
          value={value}
          autoComplete="off"
          spellCheck={false}
          error={valid ? undefined : t('layoutEditor.colorInvalid')}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      </ColorRow>
      {report && (
        <>
          <strong id={`${id}-contrast`}>{t('layoutEditor.contrastTitle')}</strong>
          <ContrastList aria-labelledby={`${id}-contrast`} data-slot="layout-contrast">
            {report.checks.map((check) => (
              <li key={check.kind} data-kind={check.kind} data-state={check.passes ? 'pass' : 'fail'}>
                {t('layoutEditor.contrastRow', { label: label(check), ratio: check.ratio.toFixed(2) })} — {t(check.passes ? 'layoutEditor.contrastPass' : 'layoutEditor.contrastFail')}
              </li>
            ))}
          </ContrastList>
          {report.suggestion !== undefined && (
            <Notice $tone="warning" role="alert" data-slot="layout-contrast-warning">
              <p>{t('layoutEditor.contrastWarning', { ratio: report.textRatio.toFixed(2), suggestion: report.suggestion })}</p>
              <ButtonRow>
                <Button type="button" onClick={() => onChange(report.suggestion ?? value)} data-slot="layout-contrast-suggestion">
                  {t('layoutEditor.contrastSuggestion', { color: report.suggestion })}
                </Button>
              </ButtonRow>
            </Notice>
          )}
        </>
      )}
    </div>
  );
}

function CssReport({ id, css }: { id: string; css: LayoutEditorState['css'] }) {
  const { t } = useLayoutEditorTranslation();
  if (css.removed.length === 0) {
    return (
      <Muted id={id} role="status" data-slot="layout-css-report" data-state="clean">
        {t('layoutEditor.cssClean')}
      </Muted>
    );
  }
  return (
    <div id={id} role="status" data-slot="layout-css-report" data-state="removed">
      <strong>{t('layoutEditor.cssRemovedTitle', { count: css.removed.length })}</strong>
      <RemovalList>
        {css.removed.map((removal, index) => (
          <li key={`${index}-${removal.code}`} data-code={removal.code}>
            {removal.line !== undefined ? t('layoutEditor.cssRemovedLine', { line: removal.line }) : t('layoutEditor.cssRemovedNoLine')}: <code dir="ltr">{removal.excerpt}</code> —{' '}
            {t(`security.css_${removal.code}`)}
          </li>
        ))}
      </RemovalList>
    </div>
  );
}

/**
 * The layout editor (look and feel of the portal), through the `layout` and `assets`
 * adapters of the surrounding `PortalProvider`: logo (with alt text per language), favicon
 * and default avatar uploads; primary and accent colours with live contrast feedback and a
 * suggested passing colour; custom CSS in a code editor with a line-by-line report of what
 * `sanitizeCss` removed; the custom pages in the main navigation, in order (with a
 * `customPages` adapter); and a live preview in LTR and RTL. Saving, conflicts, drafts and the
 * unsaved guard come from the admin kit. Logic in {@link useLayoutEditor}.
 */
export function LayoutEditor({ theme, cssAllowedOrigins, previewHomePage, languages, onSaved, onClose, useBlocker, draftStorage, ...rest }: LayoutEditorProps) {
  const { t } = useLayoutEditorTranslation();
  const { language } = usePortal(NAME);
  const { formatDateTime } = useFormatters();
  const languageName = useLanguageName();
  const cssReportId = useId();
  // The menu's pages are picked from the stored custom pages: without that adapter there is nothing to pick.
  const canChooseMenuPages = usePortalAdapters().customPages !== undefined;
  const editor = useLayoutEditor({ theme, cssAllowedOrigins, onSaved, onClose, useBlocker, draftStorage });
  const { values, setValues, status } = editor;
  const heading = t('layoutEditor.heading');
  const set = <Key extends keyof LayoutSettingsInput>(key: Key, value: LayoutSettingsInput[Key]) => setValues((previous) => ({ ...previous, [key]: value }));

  if (status === 'loading') {
    return (
      <EditorRoot data-slot="layout-editor" data-state="loading" aria-busy="true" aria-label={heading} {...rest}>
        <p role="status">{t('common.loading')}</p>
      </EditorRoot>
    );
  }
  if (status === 'error') {
    return (
      <EditorRoot data-slot="layout-editor" data-state="error" aria-label={heading} {...rest}>
        <Notice $tone="danger" role="alert">
          <p>
            <strong>{t('common.errorTitle')}</strong>
          </p>
          <p>{t(editor.loadError?.kind === 'unauthorized' ? 'common.errorUnauthorized' : 'common.errorUnavailable')}</p>
          <ButtonRow>
            <Button type="button" $variant="primary" onClick={editor.reload}>
              {t('common.retry')}
            </Button>
          </ButtonRow>
        </Notice>
      </EditorRoot>
    );
  }

  const contentLanguages = [...new Set([...(languages ?? [language]), ...Object.keys(values.content)])];
  // Without an alt text in any language there is nothing to translate: no statuses then.
  const logoAltReport = getLayoutTranslation({ content: values.content }, contentLanguages);
  const conflictRows: ConflictRow[] = editor.conflict
    ? (['primaryColor', 'accentColor', 'customCss'] as const).map((key) => {
        const mine = editor.conflict?.mine[key] ?? '';
        const theirs = editor.conflict?.theirs?.[key] ?? '';
        const label = { primaryColor: t('layoutEditor.primaryColor'), accentColor: t('layoutEditor.accentColor'), customCss: t('layoutEditor.customCss') }[key];
        return { id: key, label, mine, theirs, differs: mine !== theirs };
      })
    : [];
  if (editor.conflict) {
    const mine = (editor.conflict.mine.menuPages ?? []).join(', ');
    const theirs = (editor.conflict.theirs?.menuPages ?? []).join(', ');
    conflictRows.push({ id: 'menuPages', label: t('layoutEditor.menuPages'), mine, theirs, differs: mine !== theirs });
  }

  return (
    <EditorRoot data-slot="layout-editor" data-state={editor.dirty ? 'dirty' : 'clean'} aria-label={heading} {...rest}>
      <h2>{heading}</h2>
      {editor.record && <SettingsHistory kind="layout" record={editor.record} unsavedChanges={editor.dirty} onRestored={editor.adoptRecord} />}
      {editor.draft.pending && (
        <Notice $tone="info" data-slot="draft-notice">
          <p>{t('admin.draftFound', { time: formatDateTime(editor.draft.pending.savedAt) })}</p>
          <ButtonRow>
            <Button type="button" $variant="primary" onClick={editor.draft.restoreIntoForm}>
              {t('admin.draftRestore')}
            </Button>
            <Button type="button" onClick={editor.draft.discard}>
              {t('admin.draftDiscard')}
            </Button>
          </ButtonRow>
        </Notice>
      )}
      {editor.saveError && (
        <Notice $tone="danger" role="alert" data-slot="save-error" data-kind={editor.saveError.kind}>
          <p>{t('layoutEditor.saveFailed')}</p>
          <p>{t(editor.saveError.kind === 'unauthorized' ? 'common.errorUnauthorized' : editor.saveError.kind === 'validation' ? 'admin.errorsFormInvalid' : 'common.errorUnavailable')}</p>
        </Notice>
      )}
      <form
        noValidate
        aria-label={heading}
        onSubmit={(event) => {
          event.preventDefault();
          void editor.save();
        }}
      >
        <Columns>
          <div>
            <Group>
              <legend>{t('layoutEditor.images')}</legend>
              <ImageField name="logo" label={t('layoutEditor.logo')} value={values.logo} onValueChange={(asset) => set('logo', asset)} maxBytes={LAYOUT_IMAGE_LIMITS.logo} />
              <LanguageTabs languages={contentLanguages} label={t('layoutEditor.logoAlt')} statuses={logoAltReport.fieldCount > 0 ? logoAltReport.languages : undefined}>
                {(tab) => (
                  <TextField
                    key={tab}
                    lang={tab}
                    label={`${t('layoutEditor.logoAlt')} (${languageName(tab)})`}
                    description={t('layoutEditor.logoAltDescription')}
                    value={values.content[tab]?.logoAlt ?? ''}
                    autoComplete="off"
                    onChange={(event) => {
                      const logoAlt = event.currentTarget.value;
                      setValues((previous) => ({ ...previous, content: { ...previous.content, [tab]: { logoAlt } } }));
                    }}
                  />
                )}
              </LanguageTabs>
              <ImageField name="favicon" label={t('layoutEditor.favicon')} value={values.favicon} onValueChange={(asset) => set('favicon', asset)} maxBytes={LAYOUT_IMAGE_LIMITS.favicon} />
              <ImageField
                name="default-avatar"
                label={t('layoutEditor.defaultAvatar')}
                value={values.defaultAvatar}
                onValueChange={(asset) => set('defaultAvatar', asset)}
                maxBytes={LAYOUT_IMAGE_LIMITS.defaultAvatar}
              />
            </Group>
            <Group>
              <legend>{t('layoutEditor.colors')}</legend>
              <ColorField colorRole="primary" value={values.primaryColor} report={editor.primaryReport} onChange={(color) => set('primaryColor', color)} />
              <ColorField colorRole="accent" value={values.accentColor} report={editor.accentReport} onChange={(color) => set('accentColor', color)} />
            </Group>
            {canChooseMenuPages && <MenuPagesField value={values.menuPages ?? []} onValueChange={(slugs) => set('menuPages', slugs)} />}
            <Field label={t('layoutEditor.customCss')} labelKind="group" description={t('layoutEditor.customCssDescription')}>
              {() => (
                <>
                  <CodeEditor
                    language="css"
                    label={t('layoutEditor.codeEditorLabel', { name: t('layoutEditor.customCss') })}
                    describedBy={cssReportId}
                    value={values.customCss}
                    onValueChange={(css) => set('customCss', css)}
                    data-field="customCss"
                  />
                  <CssReport id={cssReportId} css={editor.css} />
                </>
              )}
            </Field>
          </div>
          <section aria-label={t('layoutEditor.preview')} data-slot="layout-preview-column">
            <h3>{t('layoutEditor.preview')}</h3>
            <LayoutPreview settings={values} theme={theme} cssAllowedOrigins={cssAllowedOrigins} homePage={previewHomePage} />
          </section>
        </Columns>
        <SaveBar
          status={editor.saveStatus}
          dirty={editor.dirty}
          onSave={() => void editor.save()}
          onSaveAndClose={onClose ? () => void editor.save({ close: true }) : undefined}
          onClose={onClose ? editor.requestClose : undefined}
        />
      </form>
      <ConflictDialog
        open={editor.conflict !== null}
        onOpenChange={(open) => {
          if (!open) editor.dismissConflict();
        }}
        rows={conflictRows}
        theirsAvailable={editor.conflict?.theirs != null}
        onKeepMine={editor.keepMine}
        onTakeTheirs={editor.takeTheirs}
        onCopyMine={editor.copyMineThenReload}
      />
      <LeaveDialog editor={editor} />
    </EditorRoot>
  );
}
LayoutEditor.displayName = NAME;

/** "Leave without saving?", for the editor's own Close and for the host router's blocker. */
export function LeaveDialog({ editor }: { editor: Pick<LayoutEditorState, 'leaveRequested' | 'blocker' | 'answerLeave'> }) {
  const { t } = useLayoutEditorTranslation();
  const { blocker } = editor;
  return (
    <ConfirmDialog
      open={editor.leaveRequested || blocker.state === 'blocked'}
      // Only a cancel answers "stay": closing after "Leave" must not reset the blocker that is
      // proceeding (React Router would block a browser Back again and ask once more).
      onCancel={() => {
        if (blocker.state === 'blocked') blocker.reset?.();
        else editor.answerLeave(false);
      }}
      tone="danger"
      title={t('admin.leaveTitle')}
      description={t('admin.leaveDescription')}
      confirmLabel={t('admin.leaveConfirm')}
      cancelLabel={t('admin.leaveCancel')}
      onConfirm={() => {
        if (blocker.state === 'blocked') blocker.proceed?.();
        else editor.answerLeave(true);
      }}
    />
  );
}

import { useId, useState, type ComponentProps } from 'react';
import { styled } from 'styled-components';
import type { CspDirective, ScriptSettings, ScriptSettingsInput } from '../../model/index.js';
import { useFormatters } from '../../portal/PortalProvider/index.js';
import { cspDirectives } from '../../security/types.js';
import { validateOrigin } from '../../security/validateOrigin.js';
import { ConfirmDialog, ConflictDialog, type ConflictRow } from '../kit/Dialog/index.js';
import { TextField } from '../kit/Field/index.js';
import { Button, ButtonRow, Notice } from '../kit/primitives.styles.js';
import { SaveBar } from '../kit/SaveBar/index.js';
import type { UseNavigationBlocker } from '../kit/useUnsavedChangesGuard.js';
import { CodeEditor } from '../LayoutEditor/CodeEditor.js';
import { useLayoutEditorTranslation } from '../LayoutEditor/i18n.js';
import { LeaveDialog } from '../LayoutEditor/LayoutEditor.js';
import { EditorRoot, Group, Muted } from '../LayoutEditor/LayoutEditor.styles.js';
import { SettingsHistory } from '../LayoutEditor/SettingsHistory.js';
import { checkScriptUrl } from './checkScriptUrl.js';
import { NONCE_PLACEHOLDER, useScriptSettingsEditor } from './useScriptSettingsEditor.js';

const NAME = 'ScriptSettingsEditor';

const List = styled.ul`
  margin: ${({ theme }) => theme.space.xs} 0;
  padding: 0;
  list-style: none;
  display: grid;
  gap: ${({ theme }) => theme.space.xs};
  & code {
    font-family: ${({ theme }) => theme.font.monospaceFontFamily};
    overflow-wrap: anywhere;
  }
`;
const Header = styled.pre`
  margin: 0;
  padding: ${({ theme }) => theme.space.sm};
  border: 1px solid ${({ theme }) => theme.color.border};
  border-radius: ${({ theme }) => theme.radius.sm};
  background: ${({ theme }) => theme.color.surfaceMuted};
  color: ${({ theme }) => theme.color.text};
  font-family: ${({ theme }) => theme.font.monospaceFontFamily};
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  direction: ltr;
  text-align: start;
`;
const Risk = styled.p`
  margin: 0 0 ${({ theme }) => theme.space.sm};
  color: ${({ theme }) => theme.color.warningText};
`;

export interface ScriptSettingsEditorProps extends Omit<ComponentProps<'section'>, 'children'> {
  /** Called after every successful save. */
  onSaved?: ((settings: ScriptSettings, details: { close: boolean }) => void) | undefined;
  /** Called to leave the editor; without it there is no "Save and close" or "Close". */
  onClose?: (() => void) | undefined;
  /** The host router's navigation blocker hook (React Router's `useBlocker` fits). */
  useBlocker?: UseNavigationBlocker | undefined;
  /** Where drafts are kept. @default window.sessionStorage */
  draftStorage?: Storage | undefined;
}

let counter = 0;
const newId = (prefix: string) => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${prefix}-${Date.now()}-${(counter += 1)}`);

function OriginsField({ directive, origins, onChange }: { directive: CspDirective; origins: readonly string[]; onChange: (origins: string[]) => void }) {
  const { t } = useLayoutEditorTranslation();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | undefined>();
  const add = () => {
    const result = validateOrigin(draft.trim());
    if (!result.ok) {
      setError(t(`security.origin_${result.code}`));
      return;
    }
    setError(undefined);
    setDraft('');
    if (!origins.includes(result.origin)) onChange([...origins, result.origin]);
  };
  return (
    <Group data-slot="csp-directive" data-directive={directive}>
      <legend>
        <code>{directive}</code>
      </legend>
      <Risk>{t(`layoutEditor.risk_${directive}`)}</Risk>
      {origins.length === 0 ? (
        <Muted>{t('layoutEditor.noOrigins')}</Muted>
      ) : (
        <List>
          {origins.map((origin) => (
            <li key={origin}>
              <code dir="ltr">{origin}</code>{' '}
              <Button type="button" $variant="ghost" onClick={() => onChange(origins.filter((other) => other !== origin))}>
                {t('layoutEditor.removeOrigin', { origin, directive })}
              </Button>
            </li>
          ))}
        </List>
      )}
      <TextField
        label={t('layoutEditor.originInput', { directive })}
        value={draft}
        dir="ltr"
        autoComplete="off"
        spellCheck={false}
        error={error}
        onChange={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add();
          }
        }}
      />
      <ButtonRow>
        <Button type="button" onClick={add}>
          {t('layoutEditor.addOrigin', { directive })}
        </Button>
      </ButtonRow>
    </Group>
  );
}

/**
 * The custom scripts and Content-Security-Policy editor, through the `scriptSettings` adapter
 * of the surrounding `PortalProvider`: external script URLs (https only, from an allowed
 * origin, with an offer to allow a missing one), inline scripts in a code editor, extra
 * origins per directive (refused with `validateOrigin`'s reason), `'unsafe-inline'` and
 * `'unsafe-eval'` only after a loudly worded confirmation, and the resulting header from
 * `buildContentSecurityPolicy` with a copy button. Logic in {@link useScriptSettingsEditor}.
 */
export function ScriptSettingsEditor({ onSaved, onClose, useBlocker, draftStorage, ...rest }: ScriptSettingsEditorProps) {
  const { t } = useLayoutEditorTranslation();
  const { formatDateTime } = useFormatters();
  const editor = useScriptSettingsEditor({ onSaved, onClose, useBlocker, draftStorage });
  const { values, setValues, status } = editor;
  const [scriptUrl, setScriptUrl] = useState('');
  const [scriptError, setScriptError] = useState<string | undefined>();
  const [pendingOrigin, setPendingOrigin] = useState<{ url: string; origin: string } | null>(null);
  const [confirming, setConfirming] = useState<'allowUnsafeInline' | 'allowUnsafeEval' | null>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const headerId = useId();
  const heading = t('layoutEditor.scriptsHeading');
  const scriptOrigins = values.additionalOrigins['script-src'] ?? [];
  const update = (patch: Partial<ScriptSettingsInput>) => setValues((previous) => ({ ...previous, ...patch }));
  const setOrigins = (directive: CspDirective, origins: string[]) => setValues((previous) => ({ ...previous, additionalOrigins: { ...previous.additionalOrigins, [directive]: origins } }));

  if (status === 'loading') {
    return (
      <EditorRoot data-slot="script-settings-editor" data-state="loading" aria-busy="true" aria-label={heading} {...rest}>
        <p role="status">{t('common.loading')}</p>
      </EditorRoot>
    );
  }
  if (status === 'error') {
    return (
      <EditorRoot data-slot="script-settings-editor" data-state="error" aria-label={heading} {...rest}>
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

  const addScript = () => {
    setPendingOrigin(null);
    const check = checkScriptUrl(scriptUrl, scriptOrigins);
    if (!check.ok) {
      setScriptError(
        check.problem === 'origin' ? t(`security.origin_${check.code}`) : check.problem === 'invalid-url' ? t('layoutEditor.scriptInvalidUrl') : t('layoutEditor.scriptNotHttps'),
      );
      return;
    }
    if (!check.allowed) {
      setScriptError(t('layoutEditor.scriptOriginMissing', { origin: check.origin }));
      setPendingOrigin({ url: check.url, origin: check.origin });
      return;
    }
    setScriptError(undefined);
    setScriptUrl('');
    update({ externalScripts: [...values.externalScripts, { id: newId('script'), url: check.url }] });
  };

  const allowPendingOrigin = () => {
    if (!pendingOrigin) return;
    const { url, origin } = pendingOrigin;
    setValues((previous) => ({
      ...previous,
      additionalOrigins: { ...previous.additionalOrigins, 'script-src': [...(previous.additionalOrigins['script-src'] ?? []), origin] },
      externalScripts: [...previous.externalScripts, { id: newId('script'), url }],
    }));
    setPendingOrigin(null);
    setScriptError(undefined);
    setScriptUrl('');
  };

  const toggleUnsafe = (key: 'allowUnsafeInline' | 'allowUnsafeEval', checked: boolean) => {
    if (checked) setConfirming(key);
    else update({ [key]: false });
  };

  const copy = async () => {
    if (!editor.header.ok) return;
    try {
      await navigator.clipboard.writeText(editor.header.value);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  const conflictRows: ConflictRow[] = editor.conflict
    ? [
        {
          id: 'header',
          label: t('layoutEditor.header'),
          mine: <code>{JSON.stringify(editor.conflict.mine)}</code>,
          theirs: <code>{editor.conflict.theirs ? JSON.stringify(editor.conflict.theirs) : ''}</code>,
          differs: true,
        },
      ]
    : [];

  return (
    <EditorRoot data-slot="script-settings-editor" data-state={editor.dirty ? 'dirty' : 'clean'} aria-label={heading} {...rest}>
      <h2>{heading}</h2>
      {editor.record && <SettingsHistory kind="scriptSettings" record={editor.record} unsavedChanges={editor.dirty} onRestored={editor.adoptRecord} />}
      <Notice $tone="warning">
        <p>{t('layoutEditor.scriptsIntro')}</p>
      </Notice>
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
          <p>{t('layoutEditor.scriptsSaveFailed')}</p>
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
        <Group data-slot="external-scripts">
          <legend>{t('layoutEditor.externalScripts')}</legend>
          <Risk>{t('layoutEditor.externalScriptsRisk')}</Risk>
          <List>
            {values.externalScripts.map((script) => {
              const check = checkScriptUrl(script.url, scriptOrigins);
              return (
                <li key={script.id} data-slot="external-script">
                  <code dir="ltr">{script.url}</code>{' '}
                  {check.ok && !check.allowed && <Muted>{t('layoutEditor.scriptOriginMissing', { origin: check.origin })}</Muted>}
                  <Button type="button" $variant="ghost" onClick={() => update({ externalScripts: values.externalScripts.filter((other) => other.id !== script.id) })}>
                    {t('layoutEditor.removeScript', { url: script.url })}
                  </Button>
                </li>
              );
            })}
          </List>
          <TextField
            label={t('layoutEditor.scriptUrl')}
            type="url"
            dir="ltr"
            autoComplete="off"
            spellCheck={false}
            value={scriptUrl}
            error={scriptError}
            onChange={(event) => {
              setScriptUrl(event.currentTarget.value);
              setPendingOrigin(null);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                addScript();
              }
            }}
          />
          <ButtonRow>
            <Button type="button" onClick={addScript}>
              {t('layoutEditor.addScript')}
            </Button>
            {pendingOrigin && (
              <Button type="button" $variant="primary" onClick={allowPendingOrigin} data-slot="allow-script-origin">
                {t('layoutEditor.allowOrigin', { origin: pendingOrigin.origin })}
              </Button>
            )}
          </ButtonRow>
        </Group>

        <Group data-slot="inline-scripts">
          <legend>{t('layoutEditor.inlineScripts')}</legend>
          <Risk>{t('layoutEditor.inlineScriptsRisk')}</Risk>
          {values.inlineScripts.map((script, index) => (
            <div key={script.id} data-slot="inline-script">
              <strong>{t('layoutEditor.inlineScript', { number: index + 1 })}</strong>
              <CodeEditor
                label={t('layoutEditor.codeEditorLabel', { name: t('layoutEditor.inlineScript', { number: index + 1 }) })}
                value={script.code}
                onValueChange={(code) => setValues((previous) => ({ ...previous, inlineScripts: previous.inlineScripts.map((other) => (other.id === script.id ? { ...other, code } : other)) }))}
              />
              <ButtonRow>
                <Button type="button" $variant="ghost" onClick={() => update({ inlineScripts: values.inlineScripts.filter((other) => other.id !== script.id) })}>
                  {t('layoutEditor.removeInlineScript', { number: index + 1 })}
                </Button>
              </ButtonRow>
            </div>
          ))}
          <ButtonRow>
            <Button type="button" onClick={() => update({ inlineScripts: [...values.inlineScripts, { id: newId('inline'), code: '' }] })}>
              {t('layoutEditor.addInlineScript')}
            </Button>
          </ButtonRow>
        </Group>

        <Group data-slot="csp-origins">
          <legend>{t('layoutEditor.origins')}</legend>
          <Muted>{t('layoutEditor.originsIntro')}</Muted>
          {cspDirectives.map((directive) => (
            <OriginsField key={directive} directive={directive} origins={values.additionalOrigins[directive] ?? []} onChange={(origins) => setOrigins(directive, origins)} />
          ))}
        </Group>

        <Group data-slot="csp-unsafe">
          <legend>{t('layoutEditor.unsafe')}</legend>
          {(['allowUnsafeInline', 'allowUnsafeEval'] as const).map((key) => (
            <p key={key}>
              <label>
                <input type="checkbox" checked={values[key] === true} onChange={(event) => toggleUnsafe(key, event.currentTarget.checked)} data-slot={`csp-${key}`} />{' '}
                {t(key === 'allowUnsafeInline' ? 'layoutEditor.unsafeInline' : 'layoutEditor.unsafeEval')}
              </label>
            </p>
          ))}
        </Group>

        <Group data-slot="csp-header">
          <legend id={headerId}>{t('layoutEditor.header')}</legend>
          {editor.header.ok ? (
            <>
              <Header aria-labelledby={headerId} data-slot="csp-header-value" tabIndex={0}>
                {editor.header.value}
              </Header>
              <ButtonRow>
                <Button type="button" onClick={() => void copy()} data-slot="csp-header-copy">
                  {t('layoutEditor.copy')}
                </Button>
                <span role="status">{copyState === 'copied' ? t('layoutEditor.copied') : copyState === 'failed' ? t('layoutEditor.copyFailed') : ''}</span>
              </ButtonRow>
              <Muted>{t('layoutEditor.headerNote', { nonce: NONCE_PLACEHOLDER })}</Muted>
            </>
          ) : (
            <Notice $tone="danger" role="alert" data-slot="csp-header-error">
              <p>{t('layoutEditor.headerInvalid', { reason: editor.header.error.message })}</p>
            </Notice>
          )}
        </Group>

        <SaveBar
          status={editor.saveStatus}
          dirty={editor.dirty}
          onSave={() => void editor.save()}
          onSaveAndClose={onClose ? () => void editor.save({ close: true }) : undefined}
          onClose={onClose ? editor.requestClose : undefined}
        />
      </form>

      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(open) => {
          if (!open) setConfirming(null);
        }}
        tone="danger"
        title={t(confirming === 'allowUnsafeEval' ? 'layoutEditor.unsafeEvalConfirmTitle' : 'layoutEditor.unsafeInlineConfirmTitle')}
        description={t(confirming === 'allowUnsafeEval' ? 'layoutEditor.unsafeEvalConfirm' : 'layoutEditor.unsafeInlineConfirm')}
        confirmLabel={t('layoutEditor.unsafeConfirmButton')}
        cancelLabel={t('common.cancel')}
        onConfirm={() => {
          if (confirming) update({ [confirming]: true });
          setConfirming(null);
        }}
      />
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
ScriptSettingsEditor.displayName = NAME;

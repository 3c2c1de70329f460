import { useMemo } from 'react';
import { useRequiredAdapter, useSaveScriptSettings } from '../../data/index.js';
import type { ScriptSettings, ScriptSettingsInput } from '../../model/index.js';
import { buildContentSecurityPolicy, ContentSecurityPolicyError } from '../../security/buildContentSecurityPolicy.js';
import { useSettingsEditor, type SettingsEditorOptions, type SettingsEditorState } from '../LayoutEditor/useSettingsEditor.js';

/** Stands in for the per-response nonce in the header the editor shows. */
export const NONCE_PLACEHOLDER = 'REPLACE-WITH-NONCE';

export type UseScriptSettingsEditorOptions = SettingsEditorOptions<ScriptSettings>;

/** What {@link useScriptSettingsEditor} returns. */
export interface ScriptSettingsEditorState extends SettingsEditorState<ScriptSettingsInput, ScriptSettings> {
  /** The `Content-Security-Policy` value the settings imply (nonce: {@link NONCE_PLACEHOLDER}), or why it cannot be built. */
  header: { ok: true; value: string } | { ok: false; error: ContentSecurityPolicyError };
}

/** The values of script settings never saved: no scripts, no origins, nothing unsafe. */
export function toScriptValues(record: ScriptSettings | null): ScriptSettingsInput {
  if (!record) return { externalScripts: [], inlineScripts: [], additionalOrigins: {}, allowUnsafeInline: false, allowUnsafeEval: false };
  const { externalScripts, inlineScripts, additionalOrigins, allowUnsafeInline = false, allowUnsafeEval = false } = record;
  return { externalScripts, inlineScripts, additionalOrigins, allowUnsafeInline, allowUnsafeEval };
}

/** The header for settings, as the editor shows it. */
export function previewHeader(values: ScriptSettingsInput): ScriptSettingsEditorState['header'] {
  try {
    return { ok: true, value: buildContentSecurityPolicy(values, { nonce: NONCE_PLACEHOLDER }) };
  } catch (error) {
    if (error instanceof ContentSecurityPolicyError) return { ok: false, error };
    throw error;
  }
}

/**
 * The logic of the scripts / CSP editor over the `scriptSettings` adapter: loading, saving
 * with conflicts, drafts and the unsaved guard, and the resulting header.
 */
export function useScriptSettingsEditor(options: UseScriptSettingsEditorOptions = {}): ScriptSettingsEditorState {
  const { adapter } = useRequiredAdapter('scriptSettings', 'useScriptSettingsEditor');
  const { mutate } = useSaveScriptSettings();
  const editor = useSettingsEditor<ScriptSettingsInput, ScriptSettings>({
    ...options,
    draftKey: 'script-settings',
    load: (signal) => adapter.get({ signal }),
    store: (data, previousVersion) => mutate({ data, previousVersion }),
    toValues: toScriptValues,
  });
  const header = useMemo(() => previewHeader(editor.values), [editor.values]);
  return { ...editor, header };
}

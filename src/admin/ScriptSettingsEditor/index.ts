export { ScriptSettingsEditor } from './ScriptSettingsEditor.js';
export type { ScriptSettingsEditorProps } from './ScriptSettingsEditor.js';
export { NONCE_PLACEHOLDER, previewHeader, toScriptValues, useScriptSettingsEditor } from './useScriptSettingsEditor.js';
export type { ScriptSettingsEditorState, UseScriptSettingsEditorOptions } from './useScriptSettingsEditor.js';
export { checkScriptUrl } from './checkScriptUrl.js';
export type { ScriptUrlCheck } from './checkScriptUrl.js';

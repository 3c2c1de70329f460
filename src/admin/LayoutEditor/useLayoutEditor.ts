import { useMemo } from 'react';
import { useRequiredAdapter, useSaveLayoutSettings } from '../../data/index.js';
import type { LayoutSettings, LayoutSettingsInput } from '../../model/index.js';
import { sanitizeCss } from '../../security/sanitizeCss.js';
import type { SanitizedCss } from '../../security/types.js';
import { defaultTheme, type ResolvedTheme, type ThemeInput } from '../../theme/index.js';
import { checkBrandColor, type BrandColorReport } from './brandContrast.js';
import { useSettingsEditor, type SettingsEditorOptions, type SettingsEditorState } from './useSettingsEditor.js';

/** The scope the CSS report limits custom CSS to (the preview and the portal scope it to their layout's root). */
export const LAYOUT_PREVIEW_SCOPE = '[data-hpk-layout-preview]';

export interface UseLayoutEditorOptions extends SettingsEditorOptions<LayoutSettings> {
  /** The portal's theme the colours are applied over (contrast is checked against it). @default defaultTheme */
  theme?: ThemeInput | ResolvedTheme | undefined;
  /** Origins the custom CSS may load images from with `url()`. @default [] */
  cssAllowedOrigins?: readonly string[] | undefined;
}

/** What {@link useLayoutEditor} returns. */
export interface LayoutEditorState extends SettingsEditorState<LayoutSettingsInput, LayoutSettings> {
  /** Contrast of the primary colour; `undefined` while it is not a CSS colour. */
  primaryReport: BrandColorReport | undefined;
  /** Contrast of the accent colour; `undefined` while it is not a CSS colour. */
  accentReport: BrandColorReport | undefined;
  /** The custom CSS after `sanitizeCss`, and what it removed (line by line). */
  css: SanitizedCss;
}

/** The values of a layout never saved: the theme's colours, no images, no CSS. */
export function emptyLayoutValues(theme: ThemeInput | ResolvedTheme = defaultTheme): LayoutSettingsInput {
  return {
    logo: null,
    favicon: null,
    defaultAvatar: null,
    primaryColor: theme.colors?.primary ?? defaultTheme.colors.primary,
    accentColor: theme.colors?.accent ?? defaultTheme.colors.accent,
    customCss: '',
    content: {},
    menuPages: [],
  };
}

/** The editable part of stored layout settings. */
export function toLayoutValues(record: LayoutSettings | null, theme?: ThemeInput | ResolvedTheme): LayoutSettingsInput {
  if (!record) return emptyLayoutValues(theme);
  const { logo, favicon, defaultAvatar, primaryColor, accentColor, customCss, content, menuPages } = record;
  return { logo, favicon, defaultAvatar, primaryColor, accentColor, customCss, content, menuPages: menuPages ?? [] };
}

const NO_ORIGINS: readonly string[] = [];

/**
 * The logic of the layout editor over the `layout` adapter: loading, saving with conflicts,
 * drafts and the unsaved guard (shared with the scripts editor), plus the live contrast
 * reports of both colours and the CSS sanitizer's report. The CSS is stored as typed and
 * sanitized again wherever it is applied.
 */
export function useLayoutEditor({ theme, cssAllowedOrigins = NO_ORIGINS, ...options }: UseLayoutEditorOptions = {}): LayoutEditorState {
  const { adapter } = useRequiredAdapter('layout', 'useLayoutEditor');
  const { mutate } = useSaveLayoutSettings();
  const editor = useSettingsEditor<LayoutSettingsInput, LayoutSettings>({
    ...options,
    draftKey: 'layout-settings',
    load: (signal) => adapter.get({ signal }),
    store: (data, previousVersion) => mutate({ data, previousVersion }),
    toValues: (record) => toLayoutValues(record, theme),
  });
  const { primaryColor, accentColor, customCss } = editor.values;
  const primaryReport = useMemo(() => checkBrandColor(primaryColor, 'primary', theme), [primaryColor, theme]);
  const accentReport = useMemo(() => checkBrandColor(accentColor, 'accent', theme), [accentColor, theme]);
  const origins = cssAllowedOrigins.join(' ');
  const css = useMemo(
    () => sanitizeCss(customCss, { scope: LAYOUT_PREVIEW_SCOPE, allowedOrigins: origins === '' ? [] : origins.split(' ') }),
    [customCss, origins],
  );
  return { ...editor, primaryReport, accentReport, css };
}

import type { SingletonUpdateParams } from '../adapters/types.js';
import type { HomePageConfig, HomePageConfigInput } from '../model/homePage.js';
import type { LayoutSettings, LayoutSettingsInput } from '../model/layout.js';
import type { ScriptSettings, ScriptSettingsInput } from '../model/scripts.js';
import { useAdapterMutation, useAdapterQuery, useRequiredAdapter, type DataResult, type MutationResult, type QueryOptions } from './useAdapterQuery.js';
import { useViewer, viewerKey } from './viewer.js';

/**
 * The home page configuration; `null` when none was saved (show the default blocks). Read again
 * when the viewer changes (a backend may leave out blocks not for the requester); `HomePageBlocks`
 * applies the audience rule itself.
 */
export function useHomePage(options: QueryOptions = {}): DataResult<HomePageConfig | null> {
  const { adapter } = useRequiredAdapter('homePage', 'useHomePage');
  const viewer = viewerKey(useViewer());
  // Anonymous (and admin screens): the same key as any other read of the stored home page.
  return useAdapterQuery('useHomePage', 'homePage', 'get', viewer === null ? {} : { viewer }, (signal) => adapter.get({ signal }), options);
}

/** Saves the home page configuration. */
export function useSaveHomePage(): MutationResult<SingletonUpdateParams<HomePageConfigInput>, HomePageConfig> {
  const { adapter } = useRequiredAdapter('homePage', 'useSaveHomePage');
  return useAdapterMutation('useSaveHomePage', ['homePage', 'revisions'], (params: SingletonUpdateParams<HomePageConfigInput>) => adapter.update(params));
}

/** The layout settings; `null` when none were saved (the default theme applies). */
export function useLayoutSettings(options: QueryOptions = {}): DataResult<LayoutSettings | null> {
  const { adapter } = useRequiredAdapter('layout', 'useLayoutSettings');
  return useAdapterQuery('useLayoutSettings', 'layout', 'get', {}, (signal) => adapter.get({ signal }), options);
}

/** Saves the layout settings. */
export function useSaveLayoutSettings(): MutationResult<SingletonUpdateParams<LayoutSettingsInput>, LayoutSettings> {
  const { adapter } = useRequiredAdapter('layout', 'useSaveLayoutSettings');
  return useAdapterMutation('useSaveLayoutSettings', ['layout'], (params: SingletonUpdateParams<LayoutSettingsInput>) => adapter.update(params));
}

/** The custom script settings; `null` when none were saved (no scripts). */
export function useScriptSettings(options: QueryOptions = {}): DataResult<ScriptSettings | null> {
  const { adapter } = useRequiredAdapter('scriptSettings', 'useScriptSettings');
  return useAdapterQuery('useScriptSettings', 'scriptSettings', 'get', {}, (signal) => adapter.get({ signal }), options);
}

/** Saves the custom script settings. */
export function useSaveScriptSettings(): MutationResult<SingletonUpdateParams<ScriptSettingsInput>, ScriptSettings> {
  const { adapter } = useRequiredAdapter('scriptSettings', 'useSaveScriptSettings');
  return useAdapterMutation('useSaveScriptSettings', ['scriptSettings'], (params: SingletonUpdateParams<ScriptSettingsInput>) => adapter.update(params));
}

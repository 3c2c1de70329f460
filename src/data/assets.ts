import type { AssetReference } from '../model/asset.js';
import { useAdapterMutation, useAdapterQuery, useRequiredAdapter, type DataResult, type MutationResult, type QueryOptions } from './useAdapterQuery.js';

/** Parameters of {@link useAsset}. */
export interface UseAssetParams extends QueryOptions {
  /** The asset's id. */
  id: string;
}

/** One stored asset. */
export function useAsset({ id, enabled }: UseAssetParams): DataResult<AssetReference> {
  const { adapter } = useRequiredAdapter('assets', 'useAsset');
  return useAdapterQuery('useAsset', 'assets', 'get', { id }, (signal) => adapter.get({ id, signal }), { enabled });
}

/** What {@link useUploadAsset} takes. */
export interface UploadAssetVariables {
  /** The file. */
  file: Blob;
  /** Its name, when `file` is not a `File`. */
  name?: string | undefined;
}

/** Uploads a file through the asset adapter; resolves with the asset reference to store in a record. */
export function useUploadAsset(): MutationResult<UploadAssetVariables, AssetReference> {
  const { adapter } = useRequiredAdapter('assets', 'useUploadAsset');
  return useAdapterMutation('useUploadAsset', ['assets'], (variables: UploadAssetVariables) => adapter.upload(variables));
}

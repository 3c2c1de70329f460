// The parts of the adapters' interfaces the custom pages admin uses. Replaced by the
// adapters module's own types once it lands on this branch.
import type { AssetReference, CustomPage, CustomPageInput } from '../../model/index.js';

export interface CustomPageAdapter {
  list(params: {
    page?: number | undefined;
    perPage?: number | undefined;
    sort?: { field: 'internalTitle' | 'slug' | 'updatedAt'; order: 'asc' | 'desc' } | undefined;
    filter?: { query?: string | undefined; validity?: readonly string[] | undefined } | undefined;
    signal?: AbortSignal | undefined;
  }): Promise<{ data: CustomPage[]; total: number }>;
  get(params: { id: string; signal?: AbortSignal | undefined }): Promise<CustomPage>;
  getBySlug(params: { slug: string; signal?: AbortSignal | undefined }): Promise<CustomPage>;
  create(params: { data: CustomPageInput }): Promise<CustomPage>;
  update(params: { id: string; data: CustomPageInput; previousVersion: number }): Promise<CustomPage>;
  delete(params: { id: string; previousVersion: number }): Promise<void>;
}

export interface AssetAdapter {
  upload(params: { file: Blob; name?: string | undefined; signal?: AbortSignal | undefined }): Promise<AssetReference>;
}

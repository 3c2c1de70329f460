import type { CustomPageAdapter } from '../../src/admin/CustomPages/adapterTypes.js';
import type { CustomPage, CustomPageInput, FieldIssue } from '../../src/model/index.js';

/** An error shaped like the adapters' errors (kind, issues, current). */
export class FakeAdapterError extends Error {
  constructor(
    readonly kind: 'not_found' | 'conflict' | 'validation' | 'unauthorized' | 'unavailable',
    readonly extra: { issues?: FieldIssue[]; current?: CustomPage | null } = {},
  ) {
    super(kind);
  }
  get issues() {
    return this.extra.issues ?? [];
  }
  get current() {
    return this.extra.current ?? null;
  }
}

let clock = Date.parse('2026-11-25T10:00:00.000Z');
const now = () => new Date((clock += 60_000)).toISOString();

/** A page as stored, for seeding. */
export function makePage(overrides: Partial<CustomPage> & { id: string }): CustomPage {
  return {
    version: 1,
    updatedAt: now(),
    internalTitle: `Page ${overrides.id}`,
    slug: `page-${overrides.id}`,
    validity: 'valid',
    content: { en: { title: `Title ${overrides.id}`, body: '<p>Body</p>' } },
    ...overrides,
  };
}

/** An in-memory custom page store with versions, for the admin's tests (same contract as the adapters). */
export function createFakeCustomPageAdapter(seed: CustomPage[] = []) {
  const pages = new Map(seed.map((page) => [page.id, structuredClone(page)]));
  let nextId = 1000;
  const calls: string[] = [];
  const failNext: { method?: string; error?: Error } = {};

  const maybeFail = (method: string) => {
    if (failNext.method === method && failNext.error) {
      const error = failNext.error;
      failNext.method = undefined;
      failNext.error = undefined;
      throw error;
    }
  };
  const checkSlug = (data: CustomPageInput, id?: string) => {
    for (const page of pages.values()) {
      if (page.slug === data.slug && page.id !== id) {
        throw new FakeAdapterError('validation', { issues: [{ path: 'slug', code: 'duplicate', message: 'Slug already used' }] });
      }
    }
  };

  const adapter: CustomPageAdapter = {
    async list({ page = 1, perPage = 25, sort, filter } = {}) {
      calls.push('list');
      maybeFail('list');
      let data = [...pages.values()];
      const query = filter?.query?.toLowerCase();
      if (query) data = data.filter((item) => item.internalTitle.toLowerCase().includes(query) || item.slug.includes(query));
      const field = sort?.field ?? 'internalTitle';
      const factor = sort?.order === 'desc' ? -1 : 1;
      data.sort((a, b) => a[field].localeCompare(b[field]) * factor);
      return { data: data.slice((page - 1) * perPage, page * perPage).map((item) => structuredClone(item)), total: data.length };
    },
    async get({ id }) {
      calls.push(`get:${id}`);
      maybeFail('get');
      const page = pages.get(id);
      if (!page) throw new FakeAdapterError('not_found');
      return structuredClone(page);
    },
    async getBySlug({ slug }) {
      calls.push(`getBySlug:${slug}`);
      const page = [...pages.values()].find((item) => item.slug === slug);
      if (!page) throw new FakeAdapterError('not_found');
      return structuredClone(page);
    },
    async create({ data }) {
      calls.push('create');
      maybeFail('create');
      checkSlug(data);
      nextId += 1;
      const page: CustomPage = { ...structuredClone(data), id: String(nextId), version: 1, updatedAt: now() };
      pages.set(page.id, page);
      return structuredClone(page);
    },
    async update({ id, data, previousVersion }) {
      calls.push(`update:${id}@${previousVersion}`);
      maybeFail('update');
      const stored = pages.get(id);
      if (!stored) throw new FakeAdapterError('not_found');
      if (stored.version !== previousVersion) throw new FakeAdapterError('conflict', { current: structuredClone(stored) });
      checkSlug(data, id);
      const page: CustomPage = { ...structuredClone(data), id, version: stored.version + 1, updatedAt: now() };
      pages.set(id, page);
      return structuredClone(page);
    },
    async delete({ id, previousVersion }) {
      calls.push(`delete:${id}@${previousVersion}`);
      maybeFail('delete');
      const stored = pages.get(id);
      if (!stored) throw new FakeAdapterError('not_found');
      if (stored.version !== previousVersion) throw new FakeAdapterError('conflict', { current: structuredClone(stored) });
      pages.delete(id);
    },
  };

  return {
    adapter,
    pages,
    calls,
    /** Makes the next call of `method` reject with `error`. */
    failNext(method: string, error: Error) {
      failNext.method = method;
      failNext.error = error;
    },
    /** Changes a stored page as another tab would. */
    editElsewhere(id: string, change: Partial<CustomPageInput>) {
      const stored = pages.get(id);
      if (!stored) throw new Error(`no page ${id}`);
      pages.set(id, { ...stored, ...structuredClone(change), version: stored.version + 1, updatedAt: now() });
    },
  };
}

import type * as v from 'valibot';
import { IMAGE_MEDIA_TYPES, type AssetReference } from '../../model/asset.js';
import {
  buildCatalogTree,
  CatalogCategoryInputSchema,
  CatalogItemInputSchema,
  getVisibleCategoryIds,
  type CatalogCategory,
  type CatalogItem,
} from '../../model/catalog.js';
import { isForViewer, type CustomerGroup, type Viewer } from '../../model/audience.js';
import { createId } from '../../model/common.js';
import { CustomPageInputSchema, type CustomPage } from '../../model/customPage.js';
import { isShownAt } from '../../model/schedule.js';
import { HomePageConfigInputSchema } from '../../model/homePage.js';
import { LayoutSettingsInputSchema } from '../../model/layout.js';
import { resolveLocalizedEntry } from '../../model/localized.js';
import { revisionInput, type RestoredFrom, type Revision, type RevisionAuthor } from '../../model/revision.js';
import { ScriptSettingsInputSchema } from '../../model/scripts.js';
import { validateRecord, type FieldIssue } from '../../model/validate.js';
import { NotFoundError, throwIfAborted, ValidationError } from '../errors.js';
import type {
  AdapterChange,
  AssetAdapter,
  CatalogAdapter,
  CompletePortalAdapters,
  CustomerGroupAdapter,
  CustomPageAdapter,
  RevisionAdapter,
  SearchAdapter,
  SearchResult,
  SingletonUpdateParams,
  TicketAdapter,
} from '../types.js';
import { readBlob, readImageDimensions, toBase64 } from './imageInfo.js';
import { containsAll, foldText, htmlToText, paginate, queryWords, sortRecords } from './query.js';
import { listRevisions, revisionChange } from './revisions.js';
import { announcedId, DOMAIN_OF, type CollectionName, type RecordStorage, type StorageChange, type StoredCollections } from './storage.js';

/** Where search results of the bundled stores link to. */
export interface SearchRoutes {
  /** @default `/page/${slug}` */
  customPage?: ((page: CustomPage) => string) | undefined;
  /** @default `/catalog/item/${id}` */
  catalogItem?: ((item: CatalogItem) => string) | undefined;
  /** @default `/catalog/${id}` */
  catalogCategory?: ((category: CatalogCategory) => string) | undefined;
}

/** Options shared by the bundled stores. */
export interface StoreOptions {
  /** The clock for `updatedAt`. @default () => new Date() */
  now?: (() => Date) | undefined;
  /** Where search results link to. */
  routes?: SearchRoutes | undefined;
  /** Largest accepted upload in bytes. @default 2 MiB */
  maxUploadBytes?: number | undefined;
  /**
   * The admin who saves, for the revision history, when a write names no `author`; `null` or
   * absent: the revision's author is unknown. Called at every write, so it may follow a sign-in.
   */
  currentAuthor?: (() => RevisionAuthor | null | undefined) | undefined;
  /**
   * The customer groups `customerGroups.list` offers admins for audiences, in this order.
   * @default the seed's `customerGroups` (none without a seed)
   */
  customerGroups?: readonly CustomerGroup[] | undefined;
}

/** Ids of the one-of-a-kind records. */
export const SINGLETON_IDS = { homePage: 'home-page', layout: 'layout', scriptSettings: 'script-settings' } as const;

type Singleton = keyof typeof SINGLETON_IDS;

const DEFAULT_MAX_UPLOAD = 2 * 1024 * 1024;

function validateInput<Schema extends v.GenericSchema>(schema: Schema, data: unknown): v.InferOutput<Schema> {
  const result = validateRecord(schema, data);
  if (!result.success) throw new ValidationError(result.issues, { origin: 'input' });
  return result.output;
}

const issue = (path: string, code: string, message: string): FieldIssue => ({ path, code, message });

/**
 * The adapters of a bundled store, implemented once over a {@link RecordStorage}; the memory
 * and the browser store differ only in the storage they pass.
 */
export function createStoreAdapters(
  getStorage: () => Promise<RecordStorage>,
  emit: (change: AdapterChange) => void,
  options: StoreOptions = {},
  seedGroups: () => readonly CustomerGroup[] | undefined = () => undefined,
): Omit<CompletePortalAdapters, 'subscribe' | 'persistence'> {
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const routes = {
    customPage: options.routes?.customPage ?? ((page: CustomPage) => `/page/${page.slug}`),
    catalogItem: options.routes?.catalogItem ?? ((item: CatalogItem) => `/catalog/item/${encodeURIComponent(item.id)}`),
    catalogCategory: options.routes?.catalogCategory ?? ((category: CatalogCategory) => `/catalog/${encodeURIComponent(category.id)}`),
  };

  const all = async <Collection extends CollectionName>(collection: Collection) => (await getStorage()).getAll(collection);

  const find = async <Collection extends CollectionName>(collection: Collection, id: string, resource: string) => {
    const record = await (await getStorage()).get(collection, id);
    if (!record) throw new NotFoundError(resource, id);
    return record;
  };

  const commit = async (changes: StorageChange[]) => {
    await (await getStorage()).commit(changes);
    const byDomain = new Map<AdapterChange['domain'], string[]>();
    for (const change of changes) {
      const domain = DOMAIN_OF[change.collection];
      const ids = byDomain.get(domain) ?? [];
      if (!ids.includes(announcedId(change))) ids.push(announcedId(change));
      byDomain.set(domain, ids);
    }
    for (const [domain, ids] of byDomain) emit({ domain, ids, origin: 'local' });
  };

  /** A list filter's audience: absent reads every record (admin), otherwise the viewer's. */
  const forViewer = (record: { audience?: CatalogItem['audience'] }, viewer: Viewer | undefined) => viewer === undefined || isForViewer(record, viewer);

  const stored = <Record extends object>(data: Record, id: string, version: number) => ({ ...data, id, version, updatedAt: now() });

  // Searchable text per record and language; records are immutable, so the cache never goes stale.
  const searchText = new WeakMap<object, Map<string, string>>();
  const textOf = (record: object, language: string, compute: () => string) => {
    let byLanguage = searchText.get(record);
    if (!byLanguage) searchText.set(record, (byLanguage = new Map()));
    let text = byLanguage.get(language);
    if (text === undefined) byLanguage.set(language, (text = foldText(compute())));
    return text;
  };
  const itemText = (item: CatalogItem, language: string | undefined) =>
    textOf(item, language ?? '*', () => {
      if (language) {
        const entry = resolveLocalizedEntry(item.content, language)?.value;
        return entry ? `${entry.title} ${htmlToText(entry.text)}` : '';
      }
      return [item.internalTitle, ...Object.values(item.content).map((entry) => `${entry.title} ${htmlToText(entry.text)}`)].join(' ');
    });

  const singleton = <Name extends Singleton>(name: Name, schema: v.GenericSchema, resource: string) => ({
    async get({ signal }: { signal?: AbortSignal | undefined } = {}) {
      throwIfAborted(signal);
      const [record] = await all(name);
      return record ? structuredClone(record) : null;
    },
    async update({ data, previousVersion, author }: SingletonUpdateParams<unknown>) {
      return (await saveSingleton(name, schema, resource, data, previousVersion, author)).record;
    },
  });

  const saveSingleton = async <Name extends Singleton>(
    name: Name,
    schema: v.GenericSchema,
    resource: string,
    data: unknown,
    previousVersion: number | null,
    author: RevisionAuthor | undefined,
    restoredFrom?: RestoredFrom,
  ) => {
    const input = validateInput(schema, data) as object;
    const [current] = await all(name);
    if (previousVersion !== null && !current) throw new NotFoundError(resource);
    const id = current?.id ?? SINGLETON_IDS[name];
    const record = stored(input, id, (previousVersion ?? 0) + 1) as StoredCollections[Name];
    // Each one-of-a-kind record keeps a history under its own name as the record kind.
    const revision = revisionChange(name as 'homePage', (current ?? null) as StoredCollections['homePage'] | null, record as StoredCollections['homePage'], authorOf(author), restoredFrom);
    await commit([{ collection: name, id, expectedVersion: previousVersion, record } as StorageChange, revision]);
    return { record: structuredClone(record), revision: revision.record as Revision };
  };

  const authorOf = (author: RevisionAuthor | undefined) => author ?? options.currentAuthor?.() ?? null;

  const tickets: TicketAdapter = {
    async list({ signal, page, perPage, sort, filter = {} }) {
      throwIfAborted(signal);
      const words = queryWords(filter.query);
      const matching = (await all('tickets')).filter(
        (ticket) =>
          (!filter.stateTypes || filter.stateTypes.includes(ticket.stateType)) &&
          (filter.unread === undefined || Boolean(ticket.unread) === filter.unread) &&
          (words.length === 0 || containsAll(foldText(`${ticket.number} ${ticket.title}`), words)),
      );
      throwIfAborted(signal);
      return paginate(sortRecords(matching, sort, { field: 'changedAt', order: 'desc' }, (ticket, field) => ticket[field]), page, perPage);
    },
    async get({ id, signal }) {
      throwIfAborted(signal);
      return structuredClone(await find('tickets', id, 'ticket'));
    },
  };

  const checkSlug = async (slug: string, ownId?: string) => {
    const taken = (await all('customPages')).some((page) => page.slug === slug && page.id !== ownId);
    if (taken) throw new ValidationError([issue('slug', 'duplicate', 'Another page already uses this slug')], { origin: 'input' });
  };

  const customPages: CustomPageAdapter = {
    async list({ signal, page, perPage, sort, filter = {} }) {
      throwIfAborted(signal);
      const words = queryWords(filter.query);
      const matching = (await all('customPages')).filter(
        (record) =>
          (!filter.validity || filter.validity.includes(record.validity)) &&
          forViewer(record, filter.viewer) &&
          (words.length === 0 || containsAll(foldText(`${record.internalTitle} ${record.slug}`), words)),
      );
      return paginate(sortRecords(matching, sort, { field: 'internalTitle', order: 'asc' }, (record, field) => record[field]), page, perPage);
    },
    async get({ id, signal }) {
      throwIfAborted(signal);
      return structuredClone(await find('customPages', id, 'custom page'));
    },
    async getBySlug({ slug, signal }) {
      throwIfAborted(signal);
      const record = (await all('customPages')).find((candidate) => candidate.slug === slug);
      if (!record) throw new NotFoundError('custom page', slug);
      return structuredClone(record);
    },
    async create({ data, author }) {
      const input = validateInput(CustomPageInputSchema, data);
      await checkSlug(input.slug);
      const record = stored(input, createId('page-'), 1);
      await commit([
        { collection: 'customPages', id: record.id, expectedVersion: null, record },
        revisionChange('customPage', null, record, authorOf(author)),
      ]);
      return structuredClone(record);
    },
    async update({ id, data, previousVersion, author }) {
      return (await savePage(id, data, previousVersion, author)).record;
    },
    async delete({ id, previousVersion }) {
      await commit([{ collection: 'customPages', id, expectedVersion: previousVersion, record: null }]);
    },
  };

  const savePage = async (id: string, data: unknown, previousVersion: number, author: RevisionAuthor | undefined, restoredFrom?: RestoredFrom) => {
    const input = validateInput(CustomPageInputSchema, data);
    const current = await find('customPages', id, 'custom page');
    await checkSlug(input.slug, id);
    const record = stored(input, id, previousVersion + 1);
    const revision = revisionChange('customPage', current, record, authorOf(author), restoredFrom);
    await commit([{ collection: 'customPages', id, expectedVersion: previousVersion, record }, revision]);
    return { record: structuredClone(record), revision: revision.record as Revision };
  };

  const revisions: RevisionAdapter = {
    async list({ signal, recordKind, recordId, page, perPage }) {
      throwIfAborted(signal);
      return listRevisions(await all('revisions'), recordKind, recordId, page, perPage);
    },
    async get({ id, signal }) {
      throwIfAborted(signal);
      return structuredClone(await find('revisions', id, 'revision'));
    },
    async restore({ id, previousVersion, author }) {
      const revision = await find('revisions', id, 'revision');
      const restoredFrom = { revisionId: revision.id, version: revision.version };
      const input = revisionInput(revision);
      const saved = await (() => {
        switch (revision.recordKind) {
          case 'customPage':
            return savePage(revision.recordId, input, previousVersion, author, restoredFrom);
          case 'catalogItem':
            return saveItem(revision.recordId, input, previousVersion, author, restoredFrom);
          case 'catalogCategory':
            return saveCategory(revision.recordId, input, previousVersion, author, restoredFrom);
          case 'homePage':
            return saveSingleton('homePage', HomePageConfigInputSchema, 'home page', input, previousVersion, author, restoredFrom);
          case 'layout':
            return saveSingleton('layout', LayoutSettingsInputSchema, 'layout settings', input, previousVersion, author, restoredFrom);
          case 'scriptSettings':
            return saveSingleton('scriptSettings', ScriptSettingsInputSchema, 'script settings', input, previousVersion, author, restoredFrom);
        }
      })();
      return structuredClone(saved.revision);
    },
  };

  const checkParent = async (parentId: string | null, ownId?: string) => {
    if (parentId === null) return;
    const categories = new Map((await all('catalogCategories')).map((category) => [category.id, category]));
    if (!categories.has(parentId)) throw new ValidationError([issue('parentId', 'not_found', 'The parent category does not exist')], { origin: 'input' });
    // Walking up from the new parent must never reach the category itself.
    const visited = new Set<string>();
    for (let current: string | null = parentId; current !== null && !visited.has(current); current = categories.get(current)?.parentId ?? null) {
      if (current === ownId) throw new ValidationError([issue('parentId', 'cycle', 'A category cannot be placed inside itself or its own sub-category')], { origin: 'input' });
      visited.add(current);
    }
  };

  const checkCategories = async (categoryIds: readonly string[]) => {
    const known = new Set((await all('catalogCategories')).map((category) => category.id));
    const unknown = categoryIds.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new ValidationError([issue('categoryIds', 'not_found', `Unknown categories: ${unknown.join(', ')}`)], { origin: 'input' });
    }
  };

  const catalog: CatalogAdapter = {
    async listCategories({ signal, page, perPage, sort, filter = {} }) {
      throwIfAborted(signal);
      const words = queryWords(filter.query);
      const ids = filter.ids ? new Set(filter.ids) : undefined;
      const matching = (await all('catalogCategories')).filter(
        (category) =>
          (!filter.validity || filter.validity.includes(category.validity)) &&
          (filter.parentId === undefined || category.parentId === filter.parentId) &&
          (!ids || ids.has(category.id)) &&
          (words.length === 0 ||
            containsAll(
              textOf(category, '*', () => [category.internalTitle, ...Object.values(category.content).map((entry) => entry.name)].join(' ')),
              words,
            )),
      );
      return paginate(sortRecords(matching, sort, { field: 'order', order: 'asc' }, (category, field) => category[field]), page, perPage);
    },
    async getCategory({ id, signal }) {
      throwIfAborted(signal);
      return structuredClone(await find('catalogCategories', id, 'catalog category'));
    },
    async createCategory({ data, author }) {
      const input = validateInput(CatalogCategoryInputSchema, data);
      await checkParent(input.parentId);
      const record = stored(input, createId('category-'), 1);
      await commit([
        { collection: 'catalogCategories', id: record.id, expectedVersion: null, record },
        revisionChange('catalogCategory', null, record, authorOf(author)),
      ]);
      return structuredClone(record);
    },
    async updateCategory({ id, data, previousVersion, author }) {
      return (await saveCategory(id, data, previousVersion, author)).record;
    },
    async deleteCategory({ id, previousVersion }) {
      const current = await find('catalogCategories', id, 'catalog category');
      const changes: StorageChange[] = [{ collection: 'catalogCategories', id, expectedVersion: previousVersion, record: null }];
      // The children and items the deletion changes keep a revision of that change too.
      const author = authorOf(undefined);
      for (const child of await all('catalogCategories')) {
        if (child.parentId !== id) continue;
        const record = stored({ ...child, parentId: current.parentId }, child.id, child.version + 1);
        changes.push({ collection: 'catalogCategories', id: child.id, expectedVersion: child.version, record }, revisionChange('catalogCategory', child, record, author));
      }
      for (const item of await all('catalogItems')) {
        if (!item.categoryIds.includes(id)) continue;
        const categoryIds = item.categoryIds.filter((categoryId) => categoryId !== id);
        const record = stored({ ...item, categoryIds }, item.id, item.version + 1);
        changes.push({ collection: 'catalogItems', id: item.id, expectedVersion: item.version, record }, revisionChange('catalogItem', item, record, author));
      }
      await commit(changes);
    },
    async listItems({ signal, page, perPage, sort, filter = {} }) {
      throwIfAborted(signal);
      const words = queryWords(filter.query);
      const ids = filter.ids ? new Set(filter.ids) : undefined;
      const anyOf = filter.categoryIds ? new Set(filter.categoryIds) : undefined;
      const matching = (await all('catalogItems')).filter(
        (item) =>
          (!filter.validity || filter.validity.includes(item.validity)) &&
          forViewer(item, filter.viewer) &&
          (filter.categoryId === undefined || item.categoryIds.includes(filter.categoryId)) &&
          (!anyOf || item.categoryIds.some((categoryId) => anyOf.has(categoryId))) &&
          (!ids || ids.has(item.id)) &&
          (words.length === 0 || containsAll(itemText(item, filter.language), words)),
      );
      throwIfAborted(signal);
      return paginate(sortRecords(matching, sort, { field: 'order', order: 'asc' }, (item, field) => item[field]), page, perPage);
    },
    async getItem({ id, signal }) {
      throwIfAborted(signal);
      return structuredClone(await find('catalogItems', id, 'catalog item'));
    },
    async createItem({ data, author }) {
      const input = validateInput(CatalogItemInputSchema, data);
      await checkCategories(input.categoryIds);
      const record = stored(input, createId('item-'), 1);
      await commit([
        { collection: 'catalogItems', id: record.id, expectedVersion: null, record },
        revisionChange('catalogItem', null, record, authorOf(author)),
      ]);
      return structuredClone(record);
    },
    async updateItem({ id, data, previousVersion, author }) {
      return (await saveItem(id, data, previousVersion, author)).record;
    },
    async deleteItem({ id, previousVersion }) {
      await commit([{ collection: 'catalogItems', id, expectedVersion: previousVersion, record: null }]);
    },
  };

  const saveCategory = async (id: string, data: unknown, previousVersion: number, author: RevisionAuthor | undefined, restoredFrom?: RestoredFrom) => {
    const input = validateInput(CatalogCategoryInputSchema, data);
    const current = await find('catalogCategories', id, 'catalog category');
    await checkParent(input.parentId, id);
    const record = stored(input, id, previousVersion + 1);
    const revision = revisionChange('catalogCategory', current, record, authorOf(author), restoredFrom);
    await commit([{ collection: 'catalogCategories', id, expectedVersion: previousVersion, record }, revision]);
    return { record: structuredClone(record), revision: revision.record as Revision };
  };

  const saveItem = async (id: string, data: unknown, previousVersion: number, author: RevisionAuthor | undefined, restoredFrom?: RestoredFrom) => {
    const input = validateInput(CatalogItemInputSchema, data);
    const current = await find('catalogItems', id, 'catalog item');
    await checkCategories(input.categoryIds);
    const record = stored(input, id, previousVersion + 1);
    const revision = revisionChange('catalogItem', current, record, authorOf(author), restoredFrom);
    await commit([{ collection: 'catalogItems', id, expectedVersion: previousVersion, record }, revision]);
    return { record: structuredClone(record), revision: revision.record as Revision };
  };

  const search: SearchAdapter = {
    async search({ query, language, limit = 10, types, viewer = null, signal }) {
      throwIfAborted(signal);
      const words = queryWords(query);
      if (words.length === 0) return { data: [], total: 0 };
      const wanted = (type: SearchResult['type']) => !types || types.includes(type);
      const hits: Array<SearchResult & { score: number }> = [];
      const add = (result: SearchResult, title: string, body: string) => {
        const foldedTitle = foldText(title);
        if (!containsAll(`${foldedTitle} ${foldText(body)}`, words)) return;
        hits.push({ ...result, score: containsAll(foldedTitle, words) ? 2 : 1 });
      };
      const excerpt = (text: string) => (text.length > 160 ? `${text.slice(0, 157).trimEnd()}…` : text);
      const languageOf = (found: string) => (found === language ? undefined : found);

      // The portal's rule at the moment of the search: valid, inside the publish window, for the viewer.
      const now = new Date();
      if (wanted('custom-page')) {
        for (const page of await all('customPages')) {
          if (!isShownAt(page, now) || !isForViewer(page, viewer)) continue;
          const entry = resolveLocalizedEntry(page.content, language);
          if (!entry) continue;
          const body = htmlToText(entry.value.body);
          add({ id: page.id, type: 'custom-page', title: entry.value.title, href: routes.customPage(page), excerpt: excerpt(body), language: languageOf(entry.language) }, entry.value.title, body);
        }
      }
      if (wanted('catalog-item') || wanted('catalog-category')) {
        const tree = buildCatalogTree(await all('catalogCategories'));
        if (wanted('catalog-category')) {
          for (const { category } of tree.nodes.values()) {
            const entry = resolveLocalizedEntry(category.content, language);
            if (!entry) continue;
            const body = entry.value.description ?? '';
            add({ id: category.id, type: 'catalog-category', title: entry.value.name, href: routes.catalogCategory(category), excerpt: excerpt(body), language: languageOf(entry.language) }, entry.value.name, body);
          }
        }
        if (wanted('catalog-item')) {
          for (const item of await all('catalogItems')) {
            if (!isForViewer(item, viewer) || getVisibleCategoryIds(item, tree, now).length === 0) continue;
            const entry = resolveLocalizedEntry(item.content, language);
            if (!entry) continue;
            const body = htmlToText(entry.value.text);
            add({ id: item.id, type: 'catalog-item', title: entry.value.title, href: routes.catalogItem(item), excerpt: excerpt(body), language: languageOf(entry.language) }, entry.value.title, body);
          }
        }
      }
      throwIfAborted(signal);
      // One collator for the sort: `localeCompare` with a locale builds one per comparison.
      const collator = new Intl.Collator(language);
      hits.sort((a, b) => b.score - a.score || collator.compare(a.title, b.title));
      return {
        data: hits.slice(0, Math.max(0, limit)).map(({ score: _score, language: hitLanguage, excerpt: hitExcerpt, ...hit }) => ({
          ...hit,
          ...(hitExcerpt ? { excerpt: hitExcerpt } : {}),
          ...(hitLanguage ? { language: hitLanguage } : {}),
        })),
        total: hits.length,
      };
    },
  };

  const maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD;
  const assets: AssetAdapter = {
    async upload({ file, name, signal }) {
      throwIfAborted(signal);
      const mediaType = file.type.toLowerCase();
      if (!(IMAGE_MEDIA_TYPES as readonly string[]).includes(mediaType)) {
        throw new ValidationError([issue('file', 'media_type', `Files of type "${file.type || 'unknown'}" are not accepted; use PNG, JPEG, WebP, SVG or GIF`)], { origin: 'input' });
      }
      if (file.size > maxUploadBytes) {
        throw new ValidationError([issue('file', 'too_large', `The file is larger than ${Math.round(maxUploadBytes / 1024)} KiB`)], { origin: 'input' });
      }
      const bytes = await readBlob(file);
      throwIfAborted(signal);
      const fileName = name ?? (file as Partial<File>).name;
      const record: AssetReference = {
        id: createId('asset-'),
        url: `data:${mediaType};base64,${toBase64(bytes)}`,
        mediaType,
        size: bytes.length,
        ...readImageDimensions(bytes, mediaType),
        ...(fileName ? { name: fileName } : {}),
      };
      await commit([{ collection: 'assets', id: record.id, expectedVersion: undefined, record }]);
      return structuredClone(record);
    },
    async get({ id, signal }) {
      throwIfAborted(signal);
      return structuredClone(await find('assets', id, 'asset'));
    },
  };

  const customerGroups: CustomerGroupAdapter = {
    async list({ signal } = {}) {
      throwIfAborted(signal);
      const groups = structuredClone([...(options.customerGroups ?? seedGroups() ?? [])]);
      return { data: groups, total: groups.length };
    },
  };

  return {
    tickets,
    customPages,
    customerGroups,
    homePage: singleton('homePage', HomePageConfigInputSchema, 'home page'),
    layout: singleton('layout', LayoutSettingsInputSchema, 'layout settings'),
    scriptSettings: singleton('scriptSettings', ScriptSettingsInputSchema, 'script settings'),
    catalog,
    search,
    assets,
    revisions,
  } as Omit<CompletePortalAdapters, 'subscribe' | 'persistence'>;
}

import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type * as v from 'valibot';
import { ConflictError, NotFoundError, throwIfAborted, ValidationError } from '../../src/adapters/errors.js';
import type { PortalSeed } from '../../src/adapters/seed/types.js';
import { readImageDimensions } from '../../src/adapters/store/imageInfo.js';
import type {
  AssetAdapter,
  CatalogAdapter,
  CatalogItemListParams,
  CompletePortalAdapters,
  CustomerGroupAdapter,
  CustomPageAdapter,
  CustomPageListParams,
  ListResult,
  RevisionAdapter,
  SearchAdapter,
  SearchResult,
  SingletonUpdateParams,
  Sort,
  TicketAdapter,
} from '../../src/adapters/types.js';
import { IMAGE_MEDIA_TYPES, type AssetReference } from '../../src/model/asset.js';
import type { CustomerGroup, Viewer } from '../../src/model/audience.js';
import { buildCatalogTree, CatalogCategoryInputSchema, CatalogItemInputSchema, type CatalogCategory, type CatalogItem } from '../../src/model/catalog.js';
import { createId } from '../../src/model/common.js';
import { CustomPageInputSchema, type CustomPage } from '../../src/model/customPage.js';
import { HomePageConfigInputSchema, type HomePageConfig } from '../../src/model/homePage.js';
import { LayoutSettingsInputSchema, type LayoutSettings } from '../../src/model/layout.js';
import { resolveLocalizedEntry } from '../../src/model/localized.js';
import { buildRevision, revisionInput, type RestoredFrom, type Revision, type RevisionAuthor, type RevisionOf, type RevisionRecordKind } from '../../src/model/revision.js';
import { ScriptSettingsInputSchema, type ScriptSettings } from '../../src/model/scripts.js';
import type { Ticket } from '../../src/model/ticket.js';
import { validateRecord, type FieldIssue } from '../../src/model/validate.js';
import { DECLARED_TYPES, sniffImageType, svgProblem } from './sniff.js';
import {
  categoryColumns,
  containsAll,
  customPageColumns,
  foldText,
  htmlToText,
  itemColumns,
  queryWords,
  ticketColumns,
} from './text.js';

/** Default and largest page size, as in the bundled stores. */
export const DEFAULT_PER_PAGE = 25;
export const MAX_PER_PAGE = 1000;

/** Ids of the one-of-a-kind records, as in the bundled stores. */
export const SINGLETON_IDS = { homePage: 'home-page', layout: 'layout', scriptSettings: 'script-settings' } as const;

/** A one-of-a-kind record. */
export type SingletonName = keyof typeof SINGLETON_IDS;

/** Options of {@link createSqliteStore}. */
export interface SqliteStoreOptions {
  /** Where uploaded files are written (created when missing). */
  assetsDirectory: string;
  /** The URL an uploaded asset's file is served at. */
  assetUrl: (id: string) => string;
  /** Largest accepted upload in bytes. @default 2 MiB */
  maxUploadBytes?: number | undefined;
  /** The clock for `updatedAt`. @default () => new Date() */
  now?: (() => Date) | undefined;
  /** The customer groups `customerGroups.list` offers for audiences (not stored). @default none */
  customerGroups?: readonly CustomerGroup[] | undefined;
}

/** A list filter of the store with `shownAt`: only records whose publish window contains that instant (ISO, UTC). */
type WithShownAt<Params extends { filter?: object | undefined }> = Params & {
  filter?: (NonNullable<Params['filter']> & { shownAt?: string | undefined }) | undefined;
};

/** The custom pages of the store; `list` also filters by publish window (the portal's reads). */
export interface StoreCustomPageAdapter extends CustomPageAdapter {
  list(params: WithShownAt<CustomPageListParams>): Promise<ListResult<CustomPage>>;
}

/** The catalog of the store; `listItems` also filters by publish window (the portal's reads). */
export interface StoreCatalogAdapter extends CatalogAdapter {
  listItems(params: WithShownAt<CatalogItemListParams>): Promise<ListResult<CatalogItem>>;
}

/** The adapters of the reference backend, over SQLite. */
export type SqliteStore = Omit<CompletePortalAdapters, 'subscribe' | 'persistence' | 'customPages' | 'catalog'> & {
  customPages: StoreCustomPageAdapter;
  catalog: StoreCatalogAdapter;
  /** The store's clock (`SqliteStoreOptions.now`): what "now" is for publish windows. */
  clock(): Date;
  /** The stored file of an uploaded asset, or `undefined` (seeded assets are `data:` URLs). */
  assetFile(id: string): { path: string; mediaType: string } | undefined;
  /** Whether the database answers. */
  healthy(): boolean;
};

const issue = (path: string, code: string, message: string): FieldIssue => ({ path, code, message });

function validateInput<Schema extends v.GenericSchema>(schema: Schema, data: unknown): v.InferOutput<Schema> {
  const result = validateRecord(schema, data);
  if (!result.success) throw new ValidationError(result.issues, { origin: 'input' });
  return result.output;
}

type Row = { data: string };
const parse = <Record>(row: Row): Record => JSON.parse(row.data) as Record;

/** `ORDER BY` columns by sort field; everything that reaches SQL text comes from these maps. */
const PAGE_SORT = { internalTitle: 'sort_title', slug: 'slug', updatedAt: 'updated_at' } as const;
const CATALOG_SORT = { order: 'sort_order', internalTitle: 'sort_title', updatedAt: 'updated_at' } as const;
const TICKET_SORT = { changedAt: 'changed_at', createdAt: 'created_at', number: 'number_key', title: 'title_key' } as const;

function orderBy<Field extends string>(columns: Record<Field, string>, sort: Sort<Field> | undefined, fallback: Sort<Field>): string {
  const { field, order } = sort ?? fallback;
  const column = Object.hasOwn(columns, field) ? columns[field] : columns[fallback.field];
  // Ties are broken by id in ascending order whatever the direction, as the bundled stores do.
  return `${column} ${order === 'desc' ? 'DESC' : 'ASC'}, id ASC`;
}

function pageWindow(page: number | undefined, perPage: number | undefined) {
  const size = Math.min(Math.max(Math.floor(perPage ?? DEFAULT_PER_PAGE), 1), MAX_PER_PAGE);
  const number = Math.max(Math.floor(page ?? 1), 1);
  return { limit: size, offset: (number - 1) * size };
}

/** A WHERE clause built from fixed SQL fragments and bound values. */
class Where {
  readonly clauses: string[] = [];
  readonly values: unknown[] = [];
  add(clause: string, ...values: unknown[]) {
    this.clauses.push(clause);
    this.values.push(...values);
    return this;
  }
  /** Only rows whose `column` is one of `values`; `json_each` keeps the SQL text the same for any count. */
  anyOf(column: string, values: readonly unknown[] | undefined) {
    if (values !== undefined) this.add(`${column} IN (SELECT value FROM json_each(?))`, JSON.stringify(values));
    return this;
  }
  /** Only rows whose folded `column` contains every word. */
  words(column: string, words: readonly string[]) {
    if (words.length > 0) this.add(`NOT EXISTS (SELECT 1 FROM json_each(?) AS word WHERE instr(${column}, word.value) = 0)`, JSON.stringify(words));
    return this;
  }
  /**
   * Only rows whose publish window (in `data`) contains `at`: from inclusive, until exclusive.
   * `strftime` writes both ends as `toISOString` does, so the text comparison is exact.
   */
  shownAt(at: string | undefined) {
    if (at === undefined) return this;
    const end = (key: string) => `strftime('%Y-%m-%dT%H:%M:%fZ', json_extract(data, '$.${key}'))`;
    return this.add(
      `(json_extract(data, '$.visibleFrom') IS NULL OR ${end('visibleFrom')} <= ?) AND (json_extract(data, '$.visibleUntil') IS NULL OR ${end('visibleUntil')} > ?)`,
      at,
      at,
    );
  }
  /**
   * Only rows whose audience (in `data`) lets `viewer` see them (`isForViewer` in SQL, so counts
   * and pages are right): no audience, or `anonymous` for `null`, or `signed-in` or a shared
   * group for a signed-in viewer. `undefined`: every row (admin reads).
   */
  forViewer(viewer: Viewer | undefined) {
    if (viewer === undefined) return this;
    const kind = "json_extract(data, '$.audience.kind')";
    if (viewer === null) return this.add(`(${kind} IS NULL OR ${kind} = 'anonymous')`);
    return this.add(
      `(${kind} IS NULL OR ${kind} = 'signed-in' OR (${kind} = 'groups' AND EXISTS (SELECT 1 FROM json_each(data, '$.audience.groups') AS audience_group WHERE audience_group.value IN (SELECT value FROM json_each(?)))))`,
      JSON.stringify(viewer.groups),
    );
  }
  toString() {
    return this.clauses.length > 0 ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }
}

/**
 * The reference backend's data: every adapter interface of the library implemented over one
 * SQLite database (and a folder of uploaded files). It follows the bundled stores' semantics
 * exactly (the same contract suite runs against both); every write is one transaction, so a
 * crash leaves each record either as it was or as it was written.
 */
export function createSqliteStore(db: Database.Database, options: SqliteStoreOptions): SqliteStore {
  const clock = () => (options.now ?? (() => new Date()))();
  const now = () => clock().toISOString();
  const maxUploadBytes = options.maxUploadBytes ?? 2 * 1024 * 1024;
  mkdirSync(options.assetsDirectory, { recursive: true });

  const statements = new Map<string, Database.Statement>();
  // Statement texts come from fixed fragments, so the cache stays small.
  const statement = (sql: string) => {
    let prepared = statements.get(sql);
    if (!prepared) statements.set(sql, (prepared = db.prepare(sql)));
    return prepared;
  };
  const rows = (sql: string, values: readonly unknown[] = []) => statement(sql).all(...values) as Row[];
  const row = (sql: string, values: readonly unknown[] = []) => statement(sql).get(...values) as Row | undefined;
  const run = (sql: string, values: readonly unknown[] | Record<string, unknown> = []) =>
    Array.isArray(values) ? statement(sql).run(...values) : statement(sql).run(values);

  // Writes take the write lock at once (BEGIN IMMEDIATE): a read-then-write never has to upgrade.
  const write = <Result>(body: () => Result): Result => db.transaction(body).immediate();

  const list = <Record>(table: string, where: Where, order: string, page: number | undefined, perPage: number | undefined): ListResult<Record> => {
    const { limit, offset } = pageWindow(page, perPage);
    const total = (statement(`SELECT count(*) AS total FROM ${table} ${where}`).get(...where.values) as { total: number }).total;
    const data = rows(`SELECT data FROM ${table} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`, [...where.values, limit, offset]).map(parse<Record>);
    return { data, total };
  };

  const checkVersion = (resource: string, id: string, current: { version: number } | undefined, expected: number) => {
    if (!current) throw new NotFoundError(resource, id);
    if (current.version !== expected) {
      throw new ConflictError(
        current,
        `The record was changed in the meantime: version ${current.version} is stored, the change was based on version ${expected}`,
      );
    }
  };

  // ---- custom pages -------------------------------------------------------------------------

  const insertPage = (page: CustomPage) =>
    run(
      `INSERT INTO custom_pages (id, slug, validity, version, updated_at, sort_title, search_text, all_text, data)
       VALUES (@id, @slug, @validity, @version, @updated_at, @sort_title, @search_text, @all_text, @data)`,
      customPageColumns(page),
    );
  const replacePage = (page: CustomPage) =>
    run(
      `UPDATE custom_pages SET slug = @slug, validity = @validity, version = @version, updated_at = @updated_at,
       sort_title = @sort_title, search_text = @search_text, all_text = @all_text, data = @data WHERE id = @id`,
      customPageColumns(page),
    );
  const findPage = (id: string) => {
    const found = row('SELECT data FROM custom_pages WHERE id = ?', [id]);
    return found ? parse<CustomPage>(found) : undefined;
  };
  const checkSlug = (slug: string, ownId?: string) => {
    if (row('SELECT data FROM custom_pages WHERE slug = ? AND id IS NOT ?', [slug, ownId ?? null])) {
      throw new ValidationError([issue('slug', 'duplicate', 'Another page already uses this slug')], { origin: 'input' });
    }
  };

  // ---- revisions ----------------------------------------------------------------------------

  const insertRevision = <Kind extends RevisionRecordKind>(
    recordKind: Kind,
    previous: RevisionOf<Kind>['snapshot'] | null,
    record: RevisionOf<Kind>['snapshot'],
    author: RevisionAuthor | undefined,
    restoredFrom?: RestoredFrom,
  ): Revision => {
    const revision = buildRevision({ id: createId('revision-'), recordKind, previous, record, author, restoredFrom }) as Revision;
    run('INSERT INTO revisions (id, record_kind, record_id, version, saved_at, data) VALUES (?, ?, ?, ?, ?, ?)', [
      revision.id,
      revision.recordKind,
      revision.recordId,
      revision.version,
      revision.savedAt,
      JSON.stringify(revision),
    ]);
    return revision;
  };

  /** Replaces a page and keeps its revision; runs inside a write transaction. */
  const savePage = (id: string, input: Omit<CustomPage, 'id' | 'version' | 'updatedAt'>, previousVersion: number, author: RevisionAuthor | undefined, restoredFrom?: RestoredFrom) => {
    const current = findPage(id);
    if (!current) throw new NotFoundError('custom page', id);
    checkSlug(input.slug, id);
    checkVersion('custom page', id, current, previousVersion);
    const page: CustomPage = { ...input, id, version: current.version + 1, updatedAt: now() };
    replacePage(page);
    return { page, revision: insertRevision('customPage', current, page, author, restoredFrom) };
  };

  const customPages: StoreCustomPageAdapter = {
    async list({ signal, page, perPage, sort, filter = {} }) {
      throwIfAborted(signal);
      const where = new Where().anyOf('validity', filter.validity).shownAt(filter.shownAt).forViewer(filter.viewer).words('search_text', queryWords(filter.query));
      return list<CustomPage>('custom_pages', where, orderBy(PAGE_SORT, sort, { field: 'internalTitle', order: 'asc' }), page, perPage);
    },
    async get({ id, signal }) {
      throwIfAborted(signal);
      const page = findPage(id);
      if (!page) throw new NotFoundError('custom page', id);
      return page;
    },
    async getBySlug({ slug, signal }) {
      throwIfAborted(signal);
      const found = row('SELECT data FROM custom_pages WHERE slug = ?', [slug]);
      if (!found) throw new NotFoundError('custom page', slug);
      return parse<CustomPage>(found);
    },
    async create({ data, author }) {
      const input = validateInput(CustomPageInputSchema, data);
      return write(() => {
        checkSlug(input.slug);
        const page: CustomPage = { ...input, id: createId('page-'), version: 1, updatedAt: now() };
        insertPage(page);
        insertRevision('customPage', null, page, author);
        return page;
      });
    },
    async update({ id, data, previousVersion, author }) {
      const input = validateInput(CustomPageInputSchema, data);
      return write(() => savePage(id, input, previousVersion, author).page);
    },
    async delete({ id, previousVersion }) {
      write(() => {
        checkVersion('custom page', id, findPage(id), previousVersion);
        run('DELETE FROM custom_pages WHERE id = ?', [id]);
      });
    },
  };

  // ---- one-of-a-kind records ----------------------------------------------------------------

  const findSingleton = <Record>(name: SingletonName) => {
    const found = row('SELECT data FROM singletons WHERE name = ?', [name]);
    return found ? parse<Record>(found) : undefined;
  };

  const singleton = <Record extends { id: string; version: number; updatedAt: string }>(name: SingletonName, schema: v.GenericSchema, resource: string) => ({
    async get({ signal }: { signal?: AbortSignal | undefined } = {}): Promise<Record | null> {
      throwIfAborted(signal);
      return findSingleton<Record>(name) ?? null;
    },
    async update({ data, previousVersion, author }: SingletonUpdateParams<unknown>): Promise<Record> {
      const input = validateInput(schema, data) as object;
      return write(() => saveSingleton<Record>(name, resource, input, previousVersion, author).record);
    },
  });

  /** Writes a one-of-a-kind record and its revision; runs inside a write transaction. */
  const saveSingleton = <Record extends { id: string; version: number; updatedAt: string }>(
    name: SingletonName,
    resource: string,
    input: object,
    previousVersion: number | null,
    author: RevisionAuthor | undefined,
    restoredFrom?: RestoredFrom,
  ) => {
    const current = findSingleton<Record>(name);
    if (previousVersion === null) {
      if (current) throw new ConflictError(current, 'The record was saved in the meantime');
    } else {
      checkVersion(resource, SINGLETON_IDS[name], current, previousVersion);
    }
    const record = { ...input, id: current?.id ?? SINGLETON_IDS[name], version: (current?.version ?? 0) + 1, updatedAt: now() } as Record;
    run(
      `INSERT INTO singletons (name, version, updated_at, data) VALUES (?, ?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at, data = excluded.data`,
      [name, record.version, record.updatedAt, JSON.stringify(record)],
    );
    // Each one-of-a-kind record keeps a history under its own name as the record kind.
    const revision = insertRevision(name as 'homePage', (current ?? null) as unknown as HomePageConfig | null, record as unknown as HomePageConfig, author, restoredFrom);
    return { record, revision };
  };

  const findRevision = (id: string) => {
    const found = row('SELECT data FROM revisions WHERE id = ?', [id]);
    if (!found) throw new NotFoundError('revision', id);
    return parse<Revision>(found);
  };

  const revisions: RevisionAdapter = {
    async list({ signal, recordKind, recordId, page, perPage }) {
      throwIfAborted(signal);
      const where = new Where().add('record_kind = ?', recordKind).add('record_id = ?', recordId);
      return list<Revision>('revisions', where, 'version DESC, saved_at DESC, id ASC', page, perPage);
    },
    async get({ id, signal }) {
      throwIfAborted(signal);
      return findRevision(id);
    },
    async restore({ id, previousVersion, author }) {
      return write(() => {
        const revision = findRevision(id);
        const restoredFrom = { revisionId: revision.id, version: revision.version };
        const snapshot = revisionInput(revision);
        switch (revision.recordKind) {
          case 'customPage':
            return savePage(revision.recordId, validateInput(CustomPageInputSchema, snapshot), previousVersion, author, restoredFrom).revision;
          case 'catalogItem':
            return replaceItem(revision.recordId, validateInput(CatalogItemInputSchema, snapshot), previousVersion, author, restoredFrom).revision;
          case 'catalogCategory':
            return replaceCategory(revision.recordId, validateInput(CatalogCategoryInputSchema, snapshot), previousVersion, author, restoredFrom).revision;
          case 'homePage':
            return saveSingleton<HomePageConfig>('homePage', 'home page', validateInput(HomePageConfigInputSchema, snapshot) as object, previousVersion, author, restoredFrom).revision;
          case 'layout':
            return saveSingleton<LayoutSettings>('layout', 'layout settings', validateInput(LayoutSettingsInputSchema, snapshot) as object, previousVersion, author, restoredFrom).revision;
          case 'scriptSettings':
            return saveSingleton<ScriptSettings>('scriptSettings', 'script settings', validateInput(ScriptSettingsInputSchema, snapshot) as object, previousVersion, author, restoredFrom).revision;
        }
      });
    },
  };

  // ---- tickets ------------------------------------------------------------------------------

  const tickets: TicketAdapter = {
    async list({ signal, page, perPage, sort, filter = {} }) {
      throwIfAborted(signal);
      const where = new Where().anyOf('state_type', filter.stateTypes).words('search_text', queryWords(filter.query));
      if (filter.unread !== undefined) where.add('unread = ?', filter.unread ? 1 : 0);
      return list<Ticket>('tickets', where, orderBy(TICKET_SORT, sort, { field: 'changedAt', order: 'desc' }), page, perPage);
    },
    async get({ id, signal }) {
      throwIfAborted(signal);
      const found = row('SELECT data FROM tickets WHERE id = ?', [id]);
      if (!found) throw new NotFoundError('ticket', id);
      return parse<Ticket>(found);
    },
  };

  // ---- catalog ------------------------------------------------------------------------------

  const findCategory = (id: string) => {
    const found = row('SELECT data FROM catalog_categories WHERE id = ?', [id]);
    return found ? parse<CatalogCategory>(found) : undefined;
  };
  const findItem = (id: string) => {
    const found = row('SELECT data FROM catalog_items WHERE id = ?', [id]);
    return found ? parse<CatalogItem>(found) : undefined;
  };
  const saveCategory = (category: CatalogCategory, insert: boolean) =>
    run(
      insert
        ? `INSERT INTO catalog_categories (id, parent_id, validity, sort_order, version, updated_at, sort_title, search_text, all_text, data)
           VALUES (@id, @parent_id, @validity, @sort_order, @version, @updated_at, @sort_title, @search_text, @all_text, @data)`
        : `UPDATE catalog_categories SET parent_id = @parent_id, validity = @validity, sort_order = @sort_order, version = @version,
           updated_at = @updated_at, sort_title = @sort_title, search_text = @search_text, all_text = @all_text, data = @data WHERE id = @id`,
      categoryColumns(category),
    );
  const saveItem = (item: CatalogItem, insert: boolean) => {
    run(
      insert
        ? `INSERT INTO catalog_items (id, validity, sort_order, version, updated_at, sort_title, search_text, data)
           VALUES (@id, @validity, @sort_order, @version, @updated_at, @sort_title, @search_text, @data)`
        : `UPDATE catalog_items SET validity = @validity, sort_order = @sort_order, version = @version, updated_at = @updated_at,
           sort_title = @sort_title, search_text = @search_text, data = @data WHERE id = @id`,
      itemColumns(item),
    );
    run('DELETE FROM catalog_item_categories WHERE item_id = ?', [item.id]);
    item.categoryIds.forEach((categoryId, position) =>
      run('INSERT INTO catalog_item_categories (item_id, category_id, position) VALUES (?, ?, ?)', [item.id, categoryId, position]),
    );
  };

  const checkParent = (parentId: string | null, ownId?: string) => {
    if (parentId === null) return;
    if (!findCategory(parentId)) throw new ValidationError([issue('parentId', 'not_found', 'The parent category does not exist')], { origin: 'input' });
    // Walking up from the new parent must never reach the category itself.
    const visited = new Set<string>();
    for (let current: string | null = parentId; current !== null && !visited.has(current); current = findCategory(current)?.parentId ?? null) {
      if (current === ownId) throw new ValidationError([issue('parentId', 'cycle', 'A category cannot be placed inside itself or its own sub-category')], { origin: 'input' });
      visited.add(current);
    }
  };
  const checkCategories = (categoryIds: readonly string[]) => {
    const unknown = categoryIds.filter((id) => !findCategory(id));
    if (unknown.length > 0) throw new ValidationError([issue('categoryIds', 'not_found', `Unknown categories: ${unknown.join(', ')}`)], { origin: 'input' });
  };

  // The customer's search in one language: what the language fallback shows must match.
  const itemTextIn = (item: CatalogItem, language: string) => {
    const entry = resolveLocalizedEntry(item.content, language)?.value;
    return entry ? foldText(`${entry.title} ${htmlToText(entry.text)}`) : '';
  };

  /** Replaces a category and keeps its revision; runs inside a write transaction. */
  const replaceCategory = (id: string, input: Omit<CatalogCategory, 'id' | 'version' | 'updatedAt'>, previousVersion: number, author: RevisionAuthor | undefined, restoredFrom?: RestoredFrom) => {
    const current = findCategory(id);
    if (!current) throw new NotFoundError('catalog category', id);
    checkParent(input.parentId, id);
    checkVersion('catalog category', id, current, previousVersion);
    const category: CatalogCategory = { ...input, id, version: current.version + 1, updatedAt: now() };
    saveCategory(category, false);
    return { category, revision: insertRevision('catalogCategory', current, category, author, restoredFrom) };
  };

  /** Replaces an item and keeps its revision; runs inside a write transaction. */
  const replaceItem = (id: string, input: Omit<CatalogItem, 'id' | 'version' | 'updatedAt'>, previousVersion: number, author: RevisionAuthor | undefined, restoredFrom?: RestoredFrom) => {
    const current = findItem(id);
    if (!current) throw new NotFoundError('catalog item', id);
    checkCategories(input.categoryIds);
    checkVersion('catalog item', id, current, previousVersion);
    const item: CatalogItem = { ...input, id, version: current.version + 1, updatedAt: now() };
    saveItem(item, false);
    return { item, revision: insertRevision('catalogItem', current, item, author, restoredFrom) };
  };

  const catalog: StoreCatalogAdapter = {
    async listCategories({ signal, page, perPage, sort, filter = {} }) {
      throwIfAborted(signal);
      const where = new Where().anyOf('validity', filter.validity).anyOf('id', filter.ids).words('search_text', queryWords(filter.query));
      if (filter.parentId === null) where.add('parent_id IS NULL');
      else if (filter.parentId !== undefined) where.add('parent_id = ?', filter.parentId);
      return list<CatalogCategory>('catalog_categories', where, orderBy(CATALOG_SORT, sort, { field: 'order', order: 'asc' }), page, perPage);
    },
    async getCategory({ id, signal }) {
      throwIfAborted(signal);
      const category = findCategory(id);
      if (!category) throw new NotFoundError('catalog category', id);
      return category;
    },
    async createCategory({ data, author }) {
      const input = validateInput(CatalogCategoryInputSchema, data);
      return write(() => {
        checkParent(input.parentId);
        const category: CatalogCategory = { ...input, id: createId('category-'), version: 1, updatedAt: now() };
        saveCategory(category, true);
        insertRevision('catalogCategory', null, category, author);
        return category;
      });
    },
    async updateCategory({ id, data, previousVersion, author }) {
      const input = validateInput(CatalogCategoryInputSchema, data);
      return write(() => replaceCategory(id, input, previousVersion, author).category);
    },
    async deleteCategory({ id, previousVersion }) {
      write(() => {
        const current = findCategory(id);
        checkVersion('catalog category', id, current, previousVersion);
        const updatedAt = now();
        // Sub-categories move up to the deleted category's parent…
        for (const childRow of rows('SELECT data FROM catalog_categories WHERE parent_id = ?', [id])) {
          const child = parse<CatalogCategory>(childRow);
          const moved = { ...child, parentId: current!.parentId, version: child.version + 1, updatedAt };
          saveCategory(moved, false);
          insertRevision('catalogCategory', child, moved, undefined);
        }
        // …and items lose it (an item left without a category stays stored, unseen).
        for (const itemRow of rows('SELECT data FROM catalog_items WHERE id IN (SELECT item_id FROM catalog_item_categories WHERE category_id = ?)', [id])) {
          const item = parse<CatalogItem>(itemRow);
          const changed = { ...item, categoryIds: item.categoryIds.filter((categoryId) => categoryId !== id), version: item.version + 1, updatedAt };
          saveItem(changed, false);
          insertRevision('catalogItem', item, changed, undefined);
        }
        run('DELETE FROM catalog_categories WHERE id = ?', [id]);
      });
    },
    async listItems({ signal, page, perPage, sort, filter = {} }) {
      throwIfAborted(signal);
      const words = queryWords(filter.query);
      const where = new Where().anyOf('validity', filter.validity).shownAt(filter.shownAt).forViewer(filter.viewer).anyOf('id', filter.ids).words('search_text', words);
      if (filter.categoryId !== undefined) where.add('id IN (SELECT item_id FROM catalog_item_categories WHERE category_id = ?)', filter.categoryId);
      if (filter.categoryIds !== undefined) {
        where.add('id IN (SELECT item_id FROM catalog_item_categories WHERE category_id IN (SELECT value FROM json_each(?)))', JSON.stringify(filter.categoryIds));
      }
      const order = orderBy(CATALOG_SORT, sort, { field: 'order', order: 'asc' });
      if (words.length === 0 || filter.language === undefined) return list<CatalogItem>('catalog_items', where, order, page, perPage);
      // In one language: the text in every language narrows the rows down in SQL, the entry the
      // customer would see decides.
      const language = filter.language;
      const matching = rows(`SELECT data FROM catalog_items ${where} ORDER BY ${order}`, where.values)
        .map(parse<CatalogItem>)
        .filter((item) => containsAll(itemTextIn(item, language), words));
      throwIfAborted(signal);
      const { limit, offset } = pageWindow(page, perPage);
      return { data: matching.slice(offset, offset + limit), total: matching.length };
    },
    async getItem({ id, signal }) {
      throwIfAborted(signal);
      const item = findItem(id);
      if (!item) throw new NotFoundError('catalog item', id);
      return item;
    },
    async createItem({ data, author }) {
      const input = validateInput(CatalogItemInputSchema, data);
      return write(() => {
        checkCategories(input.categoryIds);
        const item: CatalogItem = { ...input, id: createId('item-'), version: 1, updatedAt: now() };
        saveItem(item, true);
        insertRevision('catalogItem', null, item, author);
        return item;
      });
    },
    async updateItem({ id, data, previousVersion, author }) {
      const input = validateInput(CatalogItemInputSchema, data);
      return write(() => replaceItem(id, input, previousVersion, author).item);
    },
    async deleteItem({ id, previousVersion }) {
      write(() => {
        checkVersion('catalog item', id, findItem(id), previousVersion);
        run('DELETE FROM catalog_items WHERE id = ?', [id]);
      });
    },
  };

  // ---- search -------------------------------------------------------------------------------

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
      const at = now();
      const candidates = (table: string, column: string, extra = '') => {
        // Categories have no publish window or audience; pages and items are shown only inside theirs, to their audience.
        const scheduled = table !== 'catalog_categories';
        const where = new Where()
          .add("validity = 'valid'")
          .shownAt(scheduled ? at : undefined)
          .forViewer(scheduled ? viewer : undefined)
          .words(column, words);
        return rows(`SELECT data FROM ${table} ${where} ${extra}`, where.values);
      };

      if (wanted('custom-page')) {
        for (const page of candidates('custom_pages', 'all_text').map(parse<CustomPage>)) {
          const entry = resolveLocalizedEntry(page.content, language);
          if (!entry) continue;
          const body = htmlToText(entry.value.body);
          add({ id: page.id, type: 'custom-page', title: entry.value.title, href: `/page/${page.slug}`, excerpt: excerpt(body), language: languageOf(entry.language) }, entry.value.title, body);
        }
      }
      if (wanted('catalog-item') || wanted('catalog-category')) {
        const tree = buildCatalogTree(rows("SELECT data FROM catalog_categories WHERE validity = 'valid'").map(parse<CatalogCategory>));
        if (wanted('catalog-category')) {
          for (const category of candidates('catalog_categories', 'all_text').map(parse<CatalogCategory>)) {
            if (!tree.nodes.has(category.id)) continue;
            const entry = resolveLocalizedEntry(category.content, language);
            if (!entry) continue;
            const body = entry.value.description ?? '';
            add(
              { id: category.id, type: 'catalog-category', title: entry.value.name, href: `/catalog/${encodeURIComponent(category.id)}`, excerpt: excerpt(body), language: languageOf(entry.language) },
              entry.value.name,
              body,
            );
          }
        }
        if (wanted('catalog-item')) {
          for (const item of candidates('catalog_items', 'search_text').map(parse<CatalogItem>)) {
            if (!item.categoryIds.some((id) => tree.nodes.has(id))) continue;
            const entry = resolveLocalizedEntry(item.content, language);
            if (!entry) continue;
            const body = htmlToText(entry.value.text);
            add(
              { id: item.id, type: 'catalog-item', title: entry.value.title, href: `/catalog/item/${encodeURIComponent(item.id)}`, excerpt: excerpt(body), language: languageOf(entry.language) },
              entry.value.title,
              body,
            );
          }
        }
      }
      throwIfAborted(signal);
      hits.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title, language));
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

  // ---- assets -------------------------------------------------------------------------------

  const refuse = (code: string, message: string) => new ValidationError([issue('file', code, message)], { origin: 'input' });

  // A crash between writing a file and recording it leaves a file nobody refers to: remove those.
  const known = new Set((statement('SELECT file FROM assets WHERE file IS NOT NULL').all() as Array<{ file: string }>).map((asset) => asset.file));
  for (const file of readdirSync(options.assetsDirectory)) {
    if (!known.has(file)) rmSync(join(options.assetsDirectory, file), { force: true });
  }

  const assets: AssetAdapter = {
    async upload({ file, name, signal }) {
      throwIfAborted(signal);
      if (file.size > maxUploadBytes) throw refuse('too_large', `The file is larger than ${Math.round(maxUploadBytes / 1024)} KiB`);
      const declared = file.type.toLowerCase().split(';')[0]!.trim();
      if (declared && !(IMAGE_MEDIA_TYPES as readonly string[]).includes(declared)) {
        throw refuse('media_type', `Files of type "${declared}" are not accepted; use PNG, JPEG, WebP, SVG, GIF or ICO`);
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      throwIfAborted(signal);
      if (bytes.length === 0) throw refuse('empty', 'The file is empty');
      const sniffed = sniffImageType(bytes);
      if (!sniffed) throw refuse('content', 'The file is not a PNG, JPEG, WebP, GIF, ICO or SVG image');
      if (declared && !DECLARED_TYPES[sniffed].includes(declared)) {
        throw refuse('content_mismatch', `The file says it is ${declared} but its content is ${sniffed}`);
      }
      if (sniffed === 'image/svg+xml') {
        const problem = svgProblem(bytes);
        if (problem) throw refuse('active_content', problem);
      }
      const mediaType = declared || sniffed;
      const id = createId('asset-');
      // Stored under a name of the server's choosing: the client's file name never reaches a path.
      const storedName = `${randomUUID()}${EXTENSIONS[sniffed]}`;
      const originalName = name ?? (file as Partial<File>).name;
      const record: AssetReference = {
        id,
        url: options.assetUrl(id),
        mediaType,
        size: bytes.length,
        ...readImageDimensions(bytes, sniffed),
        ...(originalName ? { name: originalName.slice(0, 255) } : {}),
      };
      // The file is complete on disk (written aside, then renamed) before the record refers to it.
      const path = join(options.assetsDirectory, storedName);
      writeFileSync(`${path}.partial`, bytes, { flag: 'wx' });
      renameSync(`${path}.partial`, path);
      try {
        write(() => run('INSERT INTO assets (id, media_type, file, created_at, data) VALUES (?, ?, ?, ?, ?)', [id, mediaType, storedName, now(), JSON.stringify(record)]));
      } catch (error) {
        rmSync(path, { force: true });
        throw error;
      }
      return record;
    },
    async get({ id, signal }) {
      throwIfAborted(signal);
      const found = row('SELECT data FROM assets WHERE id = ?', [id]);
      if (!found) throw new NotFoundError('asset', id);
      return parse<AssetReference>(found);
    },
  };

  const customerGroups: CustomerGroupAdapter = {
    async list({ signal } = {}) {
      throwIfAborted(signal);
      const groups = (options.customerGroups ?? []).map((group) => ({ ...group }));
      return { data: groups, total: groups.length };
    },
  };

  return {
    tickets,
    customPages,
    customerGroups,
    homePage: singleton<HomePageConfig>('homePage', HomePageConfigInputSchema, 'home page'),
    layout: singleton<LayoutSettings>('layout', LayoutSettingsInputSchema, 'layout settings'),
    scriptSettings: singleton<ScriptSettings>('scriptSettings', ScriptSettingsInputSchema, 'script settings'),
    catalog,
    search,
    assets,
    revisions,
    clock,
    assetFile(id) {
      const found = statement('SELECT file, media_type AS mediaType FROM assets WHERE id = ?').get(id) as { file: string | null; mediaType: string } | undefined;
      if (!found?.file) return undefined;
      return { path: join(options.assetsDirectory, found.file), mediaType: found.mediaType };
    },
    healthy() {
      return (statement('SELECT 1 AS ok').get() as { ok: number } | undefined)?.ok === 1;
    },
  };
}

const EXTENSIONS: Record<string, string> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/gif': '.gif',
  'image/webp': '.webp',
  'image/x-icon': '.ico',
  'image/svg+xml': '.svg',
};

/** Stores the seed in an empty database, in one transaction. Records are stored as given. */
export function seedDatabase(db: Database.Database, seed: PortalSeed): void {
  const insert = (sql: string, columns: Record<string, unknown>) => db.prepare(sql).run(columns);
  db.transaction(() => {
    for (const page of seed.customPages ?? []) {
      insert(
        `INSERT INTO custom_pages (id, slug, validity, version, updated_at, sort_title, search_text, all_text, data)
         VALUES (@id, @slug, @validity, @version, @updated_at, @sort_title, @search_text, @all_text, @data)`,
        customPageColumns(page),
      );
    }
    for (const category of seed.catalogCategories ?? []) {
      insert(
        `INSERT INTO catalog_categories (id, parent_id, validity, sort_order, version, updated_at, sort_title, search_text, all_text, data)
         VALUES (@id, @parent_id, @validity, @sort_order, @version, @updated_at, @sort_title, @search_text, @all_text, @data)`,
        categoryColumns(category),
      );
    }
    for (const item of seed.catalogItems ?? []) {
      insert(
        `INSERT INTO catalog_items (id, validity, sort_order, version, updated_at, sort_title, search_text, data)
         VALUES (@id, @validity, @sort_order, @version, @updated_at, @sort_title, @search_text, @data)`,
        itemColumns(item),
      );
      item.categoryIds.forEach((categoryId, position) =>
        db.prepare('INSERT INTO catalog_item_categories (item_id, category_id, position) VALUES (?, ?, ?)').run(item.id, categoryId, position),
      );
    }
    for (const ticket of seed.tickets ?? []) {
      insert(
        `INSERT INTO tickets (id, number_key, title_key, state_type, unread, created_at, changed_at, search_text, data)
         VALUES (@id, @number_key, @title_key, @state_type, @unread, @created_at, @changed_at, @search_text, @data)`,
        ticketColumns(ticket),
      );
    }
    const singletons: Array<[SingletonName, { version: number; updatedAt: string } | null | undefined]> = [
      ['homePage', seed.homePage],
      ['layout', seed.layout],
      ['scriptSettings', seed.scriptSettings],
    ];
    for (const [name, record] of singletons) {
      if (record) db.prepare('INSERT INTO singletons (name, version, updated_at, data) VALUES (?, ?, ?, ?)').run(name, record.version, record.updatedAt, JSON.stringify(record));
    }
    for (const asset of seed.assets ?? []) {
      db.prepare('INSERT INTO assets (id, media_type, file, created_at, data) VALUES (?, ?, NULL, ?, ?)').run(asset.id, asset.mediaType, new Date().toISOString(), JSON.stringify(asset));
    }
  }).immediate();
}

import type * as v from 'valibot';
import { CustomerGroupSchema } from '../model/audience.js';
import { AssetReferenceSchema } from '../model/asset.js';
import { CatalogCategoryInputSchema, CatalogCategorySchema, CatalogItemInputSchema, CatalogItemSchema } from '../model/catalog.js';
import { CustomPageInputSchema, CustomPageSchema } from '../model/customPage.js';
import { HomePageConfigInputSchema, HomePageConfigSchema } from '../model/homePage.js';
import { LayoutSettingsInputSchema, LayoutSettingsSchema } from '../model/layout.js';
import { RevisionSchema } from '../model/revision.js';
import { ScriptSettingsInputSchema, ScriptSettingsSchema } from '../model/scripts.js';
import { TicketSchema } from '../model/ticket.js';
import { validateRecord, type FieldIssue } from '../model/validate.js';
import { isAbortError, isAdapterError, UnavailableError, ValidationError } from './errors.js';
import { SearchResultSchema } from './schemas.js';
import type { AdapterDomain, PortalAdapters } from './types.js';

type Shape = 'record' | 'nullable' | 'list' | 'void';

interface MethodSpec {
  /** What the method resolves with. */
  shape: Shape;
  /** Schema of one record of the result. */
  schema?: v.GenericSchema;
  /** Schema of `params.data` of a write. */
  input?: v.GenericSchema;
  /** The record's name in messages. */
  resource: string;
}

const read = (schema: v.GenericSchema, resource: string, shape: Shape = 'record'): MethodSpec => ({ shape, schema, resource });
const write = (schema: v.GenericSchema, input: v.GenericSchema, resource: string): MethodSpec => ({ shape: 'record', schema, input, resource });
const none = (resource: string): MethodSpec => ({ shape: 'void', resource });

/** What every adapter method must resolve with, by domain and method. */
const SPECS: { [Domain in AdapterDomain]: Record<string, MethodSpec> } = {
  tickets: { list: read(TicketSchema, 'ticket', 'list'), get: read(TicketSchema, 'ticket') },
  customPages: {
    list: read(CustomPageSchema, 'custom page', 'list'),
    get: read(CustomPageSchema, 'custom page'),
    getBySlug: read(CustomPageSchema, 'custom page'),
    create: write(CustomPageSchema, CustomPageInputSchema, 'custom page'),
    update: write(CustomPageSchema, CustomPageInputSchema, 'custom page'),
    delete: none('custom page'),
  },
  homePage: {
    get: read(HomePageConfigSchema, 'home page', 'nullable'),
    update: write(HomePageConfigSchema, HomePageConfigInputSchema, 'home page'),
  },
  layout: {
    get: read(LayoutSettingsSchema, 'layout settings', 'nullable'),
    update: write(LayoutSettingsSchema, LayoutSettingsInputSchema, 'layout settings'),
  },
  scriptSettings: {
    get: read(ScriptSettingsSchema, 'script settings', 'nullable'),
    update: write(ScriptSettingsSchema, ScriptSettingsInputSchema, 'script settings'),
  },
  catalog: {
    listCategories: read(CatalogCategorySchema, 'catalog category', 'list'),
    getCategory: read(CatalogCategorySchema, 'catalog category'),
    createCategory: write(CatalogCategorySchema, CatalogCategoryInputSchema, 'catalog category'),
    updateCategory: write(CatalogCategorySchema, CatalogCategoryInputSchema, 'catalog category'),
    deleteCategory: none('catalog category'),
    listItems: read(CatalogItemSchema, 'catalog item', 'list'),
    getItem: read(CatalogItemSchema, 'catalog item'),
    createItem: write(CatalogItemSchema, CatalogItemInputSchema, 'catalog item'),
    updateItem: write(CatalogItemSchema, CatalogItemInputSchema, 'catalog item'),
    deleteItem: none('catalog item'),
  },
  search: { search: read(SearchResultSchema, 'search result', 'list') },
  assets: { upload: read(AssetReferenceSchema, 'asset'), get: read(AssetReferenceSchema, 'asset') },
  revisions: {
    list: read(RevisionSchema, 'revision', 'list'),
    get: read(RevisionSchema, 'revision'),
    restore: read(RevisionSchema, 'revision'),
  },
  customerGroups: { list: read(CustomerGroupSchema, 'customer group', 'list') },
};

/** Options of {@link validateAdapters}. */
export interface ValidateAdaptersOptions {
  /**
   * Receives a description of every malformed response and every normalization.
   * @default console.warn
   */
  warn?: ((message: string) => void) | undefined;
}

const PREFIX = '[helpdesk-portal-kit]';

function describeRecord(value: unknown): string {
  if (typeof value !== 'object' || value === null) return '';
  const { id, slug } = value as { id?: unknown; slug?: unknown };
  const parts = [typeof slug === 'string' ? `"${slug}"` : '', typeof id === 'string' || typeof id === 'number' ? `(id ${String(id)})` : ''];
  return parts.filter(Boolean).join(' ');
}

function formatIssues(issues: readonly FieldIssue[]): string {
  return issues
    .slice(0, 8)
    .map((issue) => `${issue.path || '(record)'}: ${issue.message}`)
    .join('; ');
}

interface ListParamsLike {
  page?: unknown;
  perPage?: unknown;
}

/**
 * Wraps adapters so that everything they return is checked against the model's schemas before
 * a component sees it, and every write's data before the adapter sees it.
 *
 * - A malformed response rejects with a {@link ValidationError} (`origin: 'response'`) whose
 *   issues carry field paths, and a console warning names the method, record and field.
 * - Lists are normalized where that is safe, with a warning: a record that appears twice (same
 *   id) is kept once; a `total` smaller than the records seen is raised to that count. A
 *   negative or fractional `total` is an error.
 * - Unknown fields are dropped; strings the schema trims are trimmed.
 * - A rejection that is not an adapter error (a failed `fetch`, a bug) becomes `unavailable`
 *   with the original as `cause`; aborts pass through untouched.
 */
export function validateAdapters<Adapters extends PortalAdapters>(adapters: Adapters, options: ValidateAdaptersOptions = {}): Adapters {
  // By default developers see malformed data in the console.
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const wrapped: PortalAdapters = { subscribe: adapters.subscribe, persistence: adapters.persistence };

  for (const domain of Object.keys(SPECS) as AdapterDomain[]) {
    const adapter = adapters[domain] as Record<string, unknown> | undefined;
    if (!adapter) continue;
    const methods: Record<string, (params: Record<string, unknown>) => Promise<unknown>> = {};
    for (const [method, spec] of Object.entries(SPECS[domain])) {
      const name = `${domain}.${method}`;
      methods[method] = async (params) => {
        let sent = params;
        if (spec.input) {
          const checked = validateRecord(spec.input, params?.data);
          if (!checked.success) throw new ValidationError(checked.issues, { origin: 'input' });
          sent = { ...params, data: checked.output };
        }
        let result: unknown;
        try {
          const call = adapter[method];
          if (typeof call !== 'function') throw new TypeError(`${name} is not implemented by the adapter`);
          result = await (call as (params: unknown) => Promise<unknown>).call(adapter, sent);
        } catch (error) {
          if (isAbortError(error) || isAdapterError(error)) throw error;
          const message = error instanceof Error ? error.message : String(error);
          throw new UnavailableError(`${name} failed: ${message}`, { cause: error });
        }
        return check(name, spec, result, params as ListParamsLike, warn);
      };
    }
    (wrapped as Record<string, unknown>)[domain] = methods;
  }
  return wrapped as Adapters;
}

function check(name: string, spec: MethodSpec, result: unknown, params: ListParamsLike | undefined, warn: (message: string) => void): unknown {
  const fail = (issues: FieldIssue[], record: unknown) => {
    const which = describeRecord(record);
    warn(`${PREFIX} ${name} returned a malformed ${spec.resource}${which ? ` ${which}` : ''}: ${formatIssues(issues)}`);
    return new ValidationError(issues, { origin: 'response', message: `${name} returned a malformed ${spec.resource}` });
  };

  switch (spec.shape) {
    case 'void':
      return undefined;
    case 'nullable':
    case 'record': {
      if (spec.shape === 'nullable' && (result === null || result === undefined)) return null;
      const checked = validateRecord(spec.schema as v.GenericSchema, result);
      if (!checked.success) throw fail(checked.issues, result);
      return checked.output;
    }
    case 'list': {
      if (typeof result !== 'object' || result === null || !Array.isArray((result as { data?: unknown }).data)) {
        throw fail([{ path: 'data', code: 'array', message: 'Expected a list result { data: [...], total }' }], undefined);
      }
      const { data, total } = result as { data: unknown[]; total: unknown };
      if (typeof total !== 'number' || !Number.isInteger(total) || total < 0) {
        throw fail([{ path: 'total', code: 'total', message: `Expected a non-negative whole number, received ${JSON.stringify(total)}` }], undefined);
      }
      const records: unknown[] = [];
      const seen = new Set<unknown>();
      for (const [index, record] of data.entries()) {
        const checked = validateRecord(spec.schema as v.GenericSchema, record);
        if (!checked.success) {
          throw fail(
            checked.issues.map((issue) => ({ ...issue, path: issue.path ? `data.${index}.${issue.path}` : `data.${index}` })),
            record,
          );
        }
        const id = (checked.output as { id: unknown }).id;
        if (seen.has(id)) {
          warn(`${PREFIX} ${name} returned the ${spec.resource} with id ${String(id)} twice; only the first is kept.`);
          continue;
        }
        seen.add(id);
        records.push(checked.output);
      }
      const page = typeof params?.page === 'number' && params.page > 0 ? params.page : 1;
      const perPage = typeof params?.perPage === 'number' && params.perPage > 0 ? params.perPage : records.length;
      const atLeast = records.length === 0 ? 0 : (page - 1) * perPage + records.length;
      let normalizedTotal = total;
      if (total < atLeast) {
        warn(`${PREFIX} ${name} reported total ${total} but page ${page} alone shows ${atLeast} records; using ${atLeast}.`);
        normalizedTotal = atLeast;
      }
      return { data: records, total: normalizedTotal };
    }
  }
}

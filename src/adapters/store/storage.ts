import type { AssetReference } from '../../model/asset.js';
import type { CatalogCategory, CatalogItem } from '../../model/catalog.js';
import type { CustomPage } from '../../model/customPage.js';
import type { HomePageConfig } from '../../model/homePage.js';
import type { LayoutSettings } from '../../model/layout.js';
import type { Revision } from '../../model/revision.js';
import type { ScriptSettings } from '../../model/scripts.js';
import type { Ticket } from '../../model/ticket.js';
import { ConflictError, NotFoundError, ValidationError } from '../errors.js';
import type { PortalSeed } from '../seed/types.js';
import type { AdapterDomain } from '../types.js';

/** The record type kept in each collection of a bundled store. */
export interface StoredCollections {
  customPages: CustomPage;
  homePage: HomePageConfig;
  layout: LayoutSettings;
  scriptSettings: ScriptSettings;
  catalogCategories: CatalogCategory;
  catalogItems: CatalogItem;
  tickets: Ticket;
  assets: AssetReference;
  revisions: Revision;
}

/** A collection of a bundled store. */
export type CollectionName = keyof StoredCollections;

/** Every collection, in a fixed order. */
export const COLLECTIONS: readonly CollectionName[] = [
  'customPages',
  'homePage',
  'layout',
  'scriptSettings',
  'catalogCategories',
  'catalogItems',
  'tickets',
  'assets',
  'revisions',
];

/** The adapter domain a collection belongs to. */
export const DOMAIN_OF: Record<CollectionName, AdapterDomain> = {
  customPages: 'customPages',
  homePage: 'homePage',
  layout: 'layout',
  scriptSettings: 'scriptSettings',
  catalogCategories: 'catalog',
  catalogItems: 'catalog',
  tickets: 'tickets',
  assets: 'assets',
  revisions: 'revisions',
};

/**
 * The id a change is announced with: the record's own id, except that a revision is announced
 * by the id of the record it belongs to (what a history view of that record refetches for).
 */
export function announcedId(change: StorageChange): string {
  return change.collection === 'revisions' && change.record ? change.record.recordId : change.id;
}

/**
 * One write of a commit. `expectedVersion`: a number means the record must exist with that
 * version; `null` means it must not exist yet; `undefined` means no check (assets).
 * `record: null` deletes.
 */
export type StorageChange = {
  [Collection in CollectionName]: {
    collection: Collection;
    id: string;
    expectedVersion: number | null | undefined;
    record: StoredCollections[Collection] | null;
  };
}[CollectionName];

/**
 * Where a bundled store keeps its records. Records handed out are shared and must never be
 * mutated; writes replace whole records.
 */
export interface RecordStorage {
  /** Every record of a collection. */
  getAll<Collection extends CollectionName>(collection: Collection): Promise<readonly StoredCollections[Collection][]>;
  /** One record, or `undefined`. */
  get<Collection extends CollectionName>(collection: Collection, id: string): Promise<StoredCollections[Collection] | undefined>;
  /**
   * Applies all changes at once, or none: every expected version is checked first, and a
   * mismatch rejects with `conflict` (carrying the stored record) or `not_found`.
   */
  commit(changes: readonly StorageChange[]): Promise<void>;
  /** Releases connections and channels. */
  close?(): void;
}

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Refuses record ids that could pollute an object prototype if a host ever copies records
 * into a plain object keyed by id (react-admin's local-storage provider guards the same way).
 */
export function assertSafeId(id: string): void {
  if (PROTOTYPE_KEYS.has(id)) throw new ValidationError([{ path: 'id', code: 'reserved', message: `"${id}" cannot be used as an id` }], { origin: 'input' });
}

/** Checks one change against the stored record; throws the error the commit rejects with. */
export function checkExpectedVersion(current: object | undefined, change: StorageChange): void {
  if (change.expectedVersion === undefined) return;
  if (change.expectedVersion === null) {
    if (current) throw new ConflictError(structuredClone(current), `A record with id "${change.id}" already exists`);
    return;
  }
  if (!current) throw new NotFoundError(change.collection, change.id);
  const { version } = current as { version?: unknown };
  if (version !== change.expectedVersion) {
    throw new ConflictError(
      structuredClone(current),
      `The record was changed in the meantime: version ${String(version)} is stored, the change was based on version ${change.expectedVersion}`,
    );
  }
}

/** The seed as lists of records per collection. */
export function seedRecords(seed: PortalSeed): { [Collection in CollectionName]: readonly StoredCollections[Collection][] } {
  return {
    customPages: seed.customPages ?? [],
    homePage: seed.homePage ? [seed.homePage] : [],
    layout: seed.layout ? [seed.layout] : [],
    scriptSettings: seed.scriptSettings ? [seed.scriptSettings] : [],
    catalogCategories: seed.catalogCategories ?? [],
    catalogItems: seed.catalogItems ?? [],
    tickets: seed.tickets ?? [],
    assets: seed.assets ?? [],
    revisions: seed.revisions ?? [],
  };
}

// The database schema as an ordered list of migrations. `PRAGMA user_version` records how many
// have run; each runs in its own transaction, so a crash mid-migration leaves the previous schema.
// Never edit a migration that has shipped: add a new one.

/** One step of the schema. */
export interface Migration {
  /** What the step does, for the log. */
  name: string;
  /** The SQL to run (several statements). */
  sql: string;
}

// Every record is kept whole as JSON in `data` (what the API returns); the other columns are
// derived from it when it is written, for filtering, sorting and uniqueness. `sort_title` is
// the folded title with digit runs padded, so `Item 9` sorts before `Item 10`; `search_text`
// and `all_text` are folded (lower case, no accents) for matching typed words.
export const MIGRATIONS: readonly Migration[] = [
  {
    name: 'records',
    sql: `
      CREATE TABLE custom_pages (
        id TEXT PRIMARY KEY,
        slug TEXT NOT NULL UNIQUE,
        validity TEXT NOT NULL CHECK (validity IN ('valid', 'invalid', 'invalid-temporarily')),
        version INTEGER NOT NULL CHECK (version >= 1),
        updated_at TEXT NOT NULL,
        sort_title TEXT NOT NULL,
        search_text TEXT NOT NULL,
        all_text TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
      CREATE INDEX custom_pages_by_validity ON custom_pages (validity, sort_title);

      CREATE TABLE catalog_categories (
        id TEXT PRIMARY KEY,
        parent_id TEXT,
        validity TEXT NOT NULL CHECK (validity IN ('valid', 'invalid', 'invalid-temporarily')),
        sort_order INTEGER NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        updated_at TEXT NOT NULL,
        sort_title TEXT NOT NULL,
        search_text TEXT NOT NULL,
        all_text TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
      CREATE INDEX catalog_categories_by_parent ON catalog_categories (parent_id, sort_order);

      CREATE TABLE catalog_items (
        id TEXT PRIMARY KEY,
        validity TEXT NOT NULL CHECK (validity IN ('valid', 'invalid', 'invalid-temporarily')),
        sort_order INTEGER NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        updated_at TEXT NOT NULL,
        sort_title TEXT NOT NULL,
        search_text TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
      CREATE INDEX catalog_items_by_order ON catalog_items (sort_order, id);

      -- An item's categories, in its own order; rewritten with the item in one transaction.
      CREATE TABLE catalog_item_categories (
        item_id TEXT NOT NULL REFERENCES catalog_items (id) ON DELETE CASCADE,
        category_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (item_id, category_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX catalog_item_categories_by_category ON catalog_item_categories (category_id, item_id);

      CREATE TABLE tickets (
        id TEXT PRIMARY KEY,
        number_key TEXT NOT NULL,
        title_key TEXT NOT NULL,
        state_type TEXT NOT NULL,
        unread INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        search_text TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
      CREATE INDEX tickets_by_change ON tickets (changed_at, id);

      -- The one-of-a-kind records: home page, layout, script settings.
      CREATE TABLE singletons (
        name TEXT PRIMARY KEY,
        version INTEGER NOT NULL CHECK (version >= 1),
        updated_at TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;

      -- Uploaded files live on disk under assets/ as <file>; seeded assets have none (data: URLs).
      CREATE TABLE assets (
        id TEXT PRIMARY KEY,
        media_type TEXT NOT NULL,
        file TEXT,
        created_at TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
    `,
  },
  {
    name: 'revisions',
    sql: `
      -- Every save of a custom page or the home page keeps a revision, written in the same
      -- transaction as the record; revisions are never changed or removed.
      CREATE TABLE revisions (
        id TEXT PRIMARY KEY,
        record_kind TEXT NOT NULL,
        record_id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        saved_at TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        UNIQUE (record_kind, record_id, version)
      ) STRICT;
    `,
  },
];

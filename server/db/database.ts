import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations.js';

/** An open database and what opening it did. */
export interface OpenedDatabase {
  db: Database.Database;
  /** Whether the database was empty before (so the seed belongs in it). */
  created: boolean;
  /** The names of the migrations that ran now. */
  migrated: string[];
}

/**
 * Opens (or creates) the database file and brings its schema up to date.
 *
 * Write-ahead logging keeps readers off the writer's back; `synchronous = FULL` makes a
 * committed transaction durable before the response is sent, and a crash at any moment leaves
 * each transaction either fully applied or not at all.
 */
export function openDatabase(file: string, migrations: readonly Migration[] = MIGRATIONS): OpenedDatabase {
  const db = new Database(file);
  try {
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const before = db.pragma('user_version', { simple: true }) as number;
    if (before > migrations.length) {
      throw new Error(`The database is at schema version ${before}, newer than this server knows (${migrations.length}).`);
    }
    const migrated: string[] = [];
    for (let index = before; index < migrations.length; index += 1) {
      const migration = migrations[index] as Migration;
      db.transaction(() => {
        db.exec(migration.sql);
        // PRAGMA takes no parameters; the value is a loop counter, never input.
        db.pragma(`user_version = ${index + 1}`);
      }).immediate();
      migrated.push(migration.name);
    }
    return { db, created: before === 0, migrated };
  } catch (error) {
    db.close();
    throw error;
  }
}

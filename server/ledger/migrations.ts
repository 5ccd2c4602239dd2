import type Database from 'better-sqlite3'

export interface Migration {
  version: number
  sql: string
}

// Append only: a shipped migration is never edited, so every ledger file
// reaches the same schema by replaying what it has not seen yet.
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE syncs (
        sync_id TEXT PRIMARY KEY,
        entity_id TEXT NOT NULL,
        entity_name TEXT,
        source_system TEXT,
        status TEXT NOT NULL,
        message TEXT,
        started_at TEXT,
        completed_at TEXT,
        sort_at TEXT NOT NULL,
        is_final INTEGER NOT NULL DEFAULT 0,
        started_by_kind TEXT NOT NULL DEFAULT 'elsewhere',
        started_by TEXT,
        request_id TEXT,
        correlation_id TEXT,
        first_seen_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX syncs_by_time ON syncs (sort_at DESC, sync_id DESC);
      CREATE INDEX syncs_by_entity ON syncs (entity_id, sort_at DESC);
      CREATE INDEX syncs_unfinished ON syncs (is_final) WHERE is_final = 0;
      CREATE TABLE sync_steps (
        sync_id TEXT NOT NULL REFERENCES syncs (sync_id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        status TEXT NOT NULL,
        count INTEGER,
        started_at TEXT,
        completed_at TEXT,
        message TEXT,
        PRIMARY KEY (sync_id, position)
      );
    `,
  },
]

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0

/**
 * Brings the file up to the latest schema, each step in its own transaction;
 * `migrations` is the shipped list except in tests of the runner itself.
 * @throws Error when a step leaves steps pointing at no sync; nothing of
 * that step is kept.
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
) {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
  )
  const applied = new Set(
    db
      .prepare<[], { version: number }>('SELECT version FROM schema_migrations')
      .all()
      .map((row) => row.version),
  )
  const pending = migrations.filter((m) => !applied.has(m.version))
  if (pending.length === 0) return
  const record = db.prepare(
    'INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)',
  )
  // Changing a column or constraint means rebuilding the table, and with
  // foreign keys on, dropping the old syncs table deletes every step with
  // it. SQLite ignores this pragma inside a transaction, so it is set
  // around them and each step checks the keys itself, as section 7 of
  // sqlite.org/lang_altertable.html describes.
  const hadForeignKeys = db.pragma('foreign_keys', { simple: true }) === 1
  db.pragma('foreign_keys = OFF')
  try {
    for (const migration of pending) {
      db.transaction(() => {
        db.exec(migration.sql)
        const orphans = db.pragma('foreign_key_check') as unknown[]
        if (orphans.length > 0) {
          throw new Error(
            `Ledger migration ${migration.version} would leave ${orphans.length} rows pointing at nothing.`,
          )
        }
        record.run(migration.version, new Date().toISOString())
      })()
    }
  } finally {
    if (hadForeignKeys) db.pragma('foreign_keys = ON')
  }
}

import Database from 'better-sqlite3'
import { expect, test } from 'vitest'

import { tempLedgerPath } from '../testing/temp-ledger.ts'
import { openLedgerDb } from './ledger-db.ts'
import { createLedgerStore } from './ledger-store.ts'
import { MIGRATIONS, type Migration } from './migrations.ts'

// The schema as the first release left it; later releases append to it.
const FIRST_RELEASE = MIGRATIONS.filter((m) => m.version === 1)

// What a later release could ship: a rebuild of the syncs table (the only
// way SQLite adds a constraint) and an added column, which fails if run
// a second time on the same file.
const LATER_RELEASE: Migration[] = [
  ...FIRST_RELEASE,
  {
    version: 2,
    sql: `
      CREATE TABLE syncs_next (
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
        started_by_kind TEXT NOT NULL DEFAULT 'elsewhere'
          CHECK (started_by_kind IN ('person', 'dashboard', 'elsewhere')),
        started_by TEXT,
        request_id TEXT,
        correlation_id TEXT,
        first_seen_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      INSERT INTO syncs_next SELECT * FROM syncs;
      DROP TABLE syncs;
      ALTER TABLE syncs_next RENAME TO syncs;
      CREATE INDEX syncs_by_time ON syncs (sort_at DESC, sync_id DESC);
      CREATE INDEX syncs_by_entity ON syncs (entity_id, sort_at DESC);
      CREATE INDEX syncs_unfinished ON syncs (is_final) WHERE is_final = 0;
    `,
  },
  { version: 3, sql: 'ALTER TABLE syncs ADD COLUMN reviewed_by TEXT' },
]

// Written with plain SQL, as a first-release server would have left it.
function firstReleaseFileWithOneSync() {
  const path = tempLedgerPath()
  const db = openLedgerDb(path, FIRST_RELEASE)
  db.exec(`
    INSERT INTO syncs (sync_id, entity_id, entity_name, source_system, status,
      started_at, completed_at, sort_at, is_final, started_by_kind,
      started_by, first_seen_at, updated_at)
    VALUES ('s-old', 'e-acme', 'Acme Holdings', 'QuickBooks', 'completed',
      '2026-01-05T07:00:00Z', '2026-01-05T07:04:00Z', '2026-01-05T07:00:00Z',
      1, 'person', 'maria@example.com', '2026-01-05T07:00:00Z',
      '2026-01-05T07:04:00Z');
    INSERT INTO sync_steps (sync_id, position, name, status, count)
    VALUES ('s-old', 0, 'Extract', 'completed', 1200),
      ('s-old', 1, 'Load', 'completed', 1187);
  `)
  db.close()
  return path
}

function versionsOf(db: Database.Database) {
  return db
    .prepare('SELECT version, applied_at FROM schema_migrations')
    .all() as { version: number; applied_at: string }[]
}

test('a file from the first release keeps its sync and its steps through a table rebuild', () => {
  const path = firstReleaseFileWithOneSync()

  const db = openLedgerDb(path, LATER_RELEASE)

  expect(createLedgerStore(db).get('s-old')).toMatchObject({
    entityName: 'Acme Holdings',
    status: 'completed',
    startedByKind: 'person',
    startedBy: 'maria@example.com',
    steps: [
      { name: 'Extract', count: 1200 },
      { name: 'Load', count: 1187 },
    ],
  })
  expect(versionsOf(db).map((row) => row.version)).toEqual([1, 2, 3])
  expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
  db.close()
})

test('opening a migrated file again runs none of its migrations a second time', () => {
  const path = firstReleaseFileWithOneSync()
  const first = openLedgerDb(path, LATER_RELEASE)
  const versions = versionsOf(first)
  first.close()

  const second = openLedgerDb(path, LATER_RELEASE)

  expect(versionsOf(second)).toEqual(versions)
  expect(createLedgerStore(second).count()).toBe(1)
  second.close()
})

test('a migration that would orphan steps is refused and leaves the file as it was', () => {
  const path = firstReleaseFileWithOneSync()
  const dropsTheSyncs: Migration = {
    version: 2,
    sql: 'CREATE TABLE gone AS SELECT * FROM syncs; DELETE FROM syncs',
  }

  expect(() => openLedgerDb(path, [...FIRST_RELEASE, dropsTheSyncs])).toThrow(
    'Ledger migration 2 would leave 2 rows pointing at nothing.',
  )
  const db = openLedgerDb(path, FIRST_RELEASE)
  expect(createLedgerStore(db).get('s-old')?.steps).toHaveLength(2)
  expect(versionsOf(db).map((row) => row.version)).toEqual([1])
  db.close()
})

test('a file with tables of its own but no schema record gains the ledger beside them', () => {
  const path = tempLedgerPath()
  const other = new Database(path)
  other.exec(
    "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('keep')",
  )
  other.close()

  const db = openLedgerDb(path)

  expect(createLedgerStore(db).count()).toBe(0)
  expect(db.prepare('SELECT text FROM notes').all()).toEqual([{ text: 'keep' }])
  db.close()
})

import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'

import Database from 'better-sqlite3'

import { migrate, MIGRATIONS, type Migration } from './migrations.ts'

/**
 * Opens (or creates) the ledger file: WAL so readers never wait for the
 * watcher's writes, a busy timeout so a briefly locked file is retried
 * rather than failed, and cascading deletes for retention. `migrations`
 * is the shipped list except in tests of an older file.
 */
export function openLedgerDb(
  path: string,
  migrations: readonly Migration[] = MIGRATIONS,
) {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const db = new Database(path)
  db.pragma('journal_mode = WAL')
  // Our writes take milliseconds, so half a second covers another server
  // writing to the same file. LIMITATION: better-sqlite3 waits
  // synchronously, so while a program keeps the file locked for longer,
  // each ledger write holds up every request for that half second and
  // fails; noticeable only during such a lock; answers then arrive late,
  // never wrong, and the ledger reports itself degraded.
  db.pragma('busy_timeout = 500')
  db.pragma('foreign_keys = ON')
  migrate(db, migrations)
  return db
}

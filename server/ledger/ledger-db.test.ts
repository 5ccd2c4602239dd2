import { existsSync } from 'node:fs'

import Database from 'better-sqlite3'
import { expect, test } from 'vitest'

import { tempLedgerPath } from '../testing/temp-ledger.ts'
import { openLedgerDb } from './ledger-db.ts'
import { createLedgerStore } from './ledger-store.ts'

test('a ledger file is in WAL mode, so history reads do not wait for the watcher', () => {
  const path = tempLedgerPath()
  const db = openLedgerDb(path)

  createLedgerStore(db).noteStart({
    syncId: 's1',
    entityId: 'e1',
    startedByKind: 'dashboard',
    startedBy: null,
    requestId: null,
    correlationId: null,
  })

  expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
  expect(existsSync(`${path}-wal`)).toBe(true)
})

test('the file stays in WAL mode for anyone who opens it later without the ledger', () => {
  const path = tempLedgerPath()
  openLedgerDb(path).close()

  const plain = new Database(path, { readonly: true })

  expect(plain.pragma('journal_mode', { simple: true })).toBe('wal')
  plain.close()
})

import { existsSync } from 'node:fs'
import { Worker } from 'node:worker_threads'

import Database from 'better-sqlite3'
import { expect, test } from 'vitest'

import { tempLedgerPath } from '../testing/temp-ledger.ts'
import { openLedgerDb } from './ledger-db.ts'
import { createLedgerStore } from './ledger-store.ts'

function note(syncId: string) {
  return {
    snapshot: {
      syncId,
      status: 'running',
      message: null,
      startedAt: '2026-12-03T07:00:00.000Z',
      completedAt: null,
      steps: [],
    },
    entity: { entityId: 'e1', entityName: 'Acme', sourceSystem: 'Xero' },
    requestId: null,
    correlationId: null,
  }
}

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

// In a thread of its own: this one is stuck in SQLite's wait meanwhile.
function lockBriefly(path: string, forMs: number) {
  const worker = new Worker(
    `
      const { parentPort, workerData } = require('node:worker_threads')
      const Database = require('better-sqlite3')
      const db = new Database(workerData.path)
      db.exec('BEGIN IMMEDIATE')
      parentPort.postMessage('locked')
      setTimeout(() => {
        db.exec('COMMIT')
        db.close()
      }, workerData.forMs)
    `,
    { eval: true, workerData: { path, forMs } },
  )
  return new Promise<Worker>((resolve) =>
    worker.once('message', () => resolve(worker)),
  )
}

test('a write waits out a moment’s lock by another program instead of failing', async () => {
  const path = tempLedgerPath()
  const store = createLedgerStore(openLedgerDb(path))
  store.recordSnapshot(note('s1'))
  const worker = await lockBriefly(path, 150)

  store.recordSnapshot(note('s2'))

  expect(store.count()).toBe(2)
  await worker.terminate()
})

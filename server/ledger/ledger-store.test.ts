import { expect, test } from 'vitest'

import { openLedgerDb } from './ledger-db.ts'
import { createLedgerStore } from './ledger-store.ts'
import type { SyncSnapshot } from './ledger-types.ts'

const acme = {
  entityId: 'e-acme',
  entityName: 'Acme Holdings',
  sourceSystem: 'QuickBooks',
}

function snapshot(overrides: Partial<SyncSnapshot> = {}): SyncSnapshot {
  return {
    syncId: 's1',
    status: 'running',
    message: 'Sync in progress.',
    startedAt: '2026-12-03T07:00:00.000Z',
    completedAt: null,
    steps: [
      {
        name: 'Extract',
        status: 'running',
        count: 10,
        startedAt: '2026-12-03T07:00:01.000Z',
        completedAt: null,
        message: null,
      },
    ],
    ...overrides,
  }
}

function memoryStore() {
  return createLedgerStore(openLedgerDb(':memory:'))
}

function note(s: SyncSnapshot) {
  return { snapshot: s, entity: acme, requestId: 'r1', correlationId: 'c1' }
}

test('records a sync once, however often it is seen', () => {
  const store = memoryStore()

  store.recordSnapshot(note(snapshot()))
  store.recordSnapshot(note(snapshot({ status: 'running' })))

  expect(store.count()).toBe(1)
  expect(store.get('s1')?.steps).toHaveLength(1)
})

test('never changes a sync once it is recorded as final', () => {
  const store = memoryStore()
  store.recordSnapshot(
    note(
      snapshot({
        status: 'completed',
        completedAt: '2026-12-03T07:00:20.000Z',
      }),
    ),
  )

  const changed = store.recordSnapshot(note(snapshot({ status: 'running' })))

  expect(changed).toBe(false)
  expect(store.get('s1')?.status).toBe('completed')
  expect(store.unfinished()).toEqual([])
})

test('keeps the person who started a sync when the watcher sees it later', () => {
  const store = memoryStore()
  store.noteStart({
    syncId: 's1',
    entityId: 'e-acme',
    startedByKind: 'person',
    startedBy: 'maria@example.com',
    requestId: 'r0',
    correlationId: null,
  })

  store.recordSnapshot(note(snapshot()))
  store.noteStart({
    syncId: 's1',
    entityId: 'e-acme',
    startedByKind: 'dashboard',
    startedBy: null,
    requestId: null,
    correlationId: null,
  })

  expect(store.get('s1')).toMatchObject({
    startedByKind: 'person',
    startedBy: 'maria@example.com',
    entityName: 'Acme Holdings',
    status: 'running',
  })
})

test('pages newest first and filters by entity, status and time', () => {
  const store = memoryStore()
  for (let hour = 0; hour < 5; hour++) {
    const startedAt = `2026-12-03T0${hour}:00:00.000Z`
    store.recordSnapshot(
      note(
        snapshot({
          syncId: `s${hour}`,
          startedAt,
          status: hour === 2 ? 'failed' : 'completed',
          completedAt: startedAt,
        }),
      ),
    )
  }

  const first = store.list({ limit: 2 })
  const second = store.list({ limit: 2, cursor: first.nextCursor ?? '' })
  const failed = store.list({ statuses: ['failed'] })
  const window = store.list({
    since: '2026-12-03T01:00:00.000Z',
    until: '2026-12-03T03:00:00.000Z',
  })

  expect(first.syncs.map((s) => s.syncId)).toEqual(['s4', 's3'])
  expect(second.syncs.map((s) => s.syncId)).toEqual(['s2', 's1'])
  expect(failed.syncs.map((s) => s.syncId)).toEqual(['s2'])
  expect(window.syncs.map((s) => s.syncId)).toEqual(['s3', 's2', 's1'])
  expect(store.list({ entityId: 'someone-else' }).syncs).toEqual([])
})

test('prunes finished syncs older than the retention, with their steps', () => {
  const store = memoryStore()
  store.recordSnapshot(
    note(
      snapshot({
        syncId: 'old',
        status: 'completed',
        startedAt: '2025-01-01T00:00:00.000Z',
      }),
    ),
  )
  store.recordSnapshot(note(snapshot({ syncId: 'new' })))

  const removed = store.prune('2026-01-01T00:00:00.000Z')

  expect(removed).toBe(1)
  expect(store.get('old')).toBeNull()
  expect(store.count()).toBe(1)
})

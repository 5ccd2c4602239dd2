import { expect, test } from 'vitest'

import { ApiError } from '../../api/errors.ts'
import { type BulkTarget, startMany } from './bulk-sync.ts'

function target(name: string, overrides: Partial<BulkTarget> = {}): BulkTarget {
  return {
    entityId: `e-${name}`,
    entityName: name,
    isActive: true,
    isCurrentlySyncing: false,
    lastSyncId: null,
    ...overrides,
  }
}

test('starts each entity once, even when it is listed twice', async () => {
  const asked: string[] = []

  const outcomes = await startMany([target('a'), target('b'), target('a')], {
    start: async (entityId) => {
      asked.push(entityId)
      return { syncId: `s-${entityId}` }
    },
  })

  expect(asked.toSorted()).toEqual(['e-a', 'e-b'])
  expect(outcomes.map((o) => o.kind)).toEqual(['started', 'started'])
})

test('reports an entity already syncing without asking xPnA again', async () => {
  const asked: string[] = []

  const outcomes = await startMany(
    [target('busy', { isCurrentlySyncing: true, lastSyncId: 's-running' })],
    {
      start: async (entityId) => {
        asked.push(entityId)
        return { syncId: 'never' }
      },
    },
  )

  expect(asked).toEqual([])
  expect(outcomes).toEqual([
    {
      entityId: 'e-busy',
      entityName: 'busy',
      kind: 'running',
      syncId: 's-running',
    },
  ])
})

test('tells a 409 from a real failure, and keeps the request id', async () => {
  const outcomes = await startMany([target('taken'), target('broken')], {
    start: async (entityId) => {
      if (entityId === 'e-taken') {
        throw new ApiError({ kind: 'http', status: 409, message: 'Conflict' })
      }
      throw new ApiError({
        kind: 'http',
        status: 500,
        message: 'xPnA had an internal error',
        requestId: 'req-42',
      })
    },
  })

  expect(outcomes).toContainEqual({
    entityId: 'e-taken',
    entityName: 'taken',
    kind: 'running',
    syncId: null,
  })
  expect(outcomes).toContainEqual({
    entityId: 'e-broken',
    entityName: 'broken',
    kind: 'failed',
    message: 'xPnA had an internal error',
    requestId: 'req-42',
  })
})

test('reports a 409 for an inactive connection as a refusal, with its message', async () => {
  const outcomes = await startMany([target('off', { isActive: false })], {
    start: async () => {
      throw new ApiError({
        kind: 'http',
        status: 409,
        message: 'The connection for off is inactive.',
      })
    },
  })

  expect(outcomes).toEqual([
    {
      entityId: 'e-off',
      entityName: 'off',
      kind: 'failed',
      message: 'The connection for off is inactive.',
      requestId: null,
    },
  ])
})

test('keeps no more starts in flight than its concurrency', async () => {
  let inFlight = 0
  let most = 0
  const seen: string[] = []

  await startMany(
    Array.from({ length: 10 }, (_, i) => target(`n${i}`)),
    {
      concurrency: 3,
      onOutcome: (outcome) => seen.push(outcome.entityId),
      start: async (entityId) => {
        inFlight++
        most = Math.max(most, inFlight)
        await new Promise((done) => setTimeout(done, 2))
        inFlight--
        return { syncId: `s-${entityId}` }
      },
    },
  )

  expect(most).toBe(3)
  expect(seen).toHaveLength(10)
})

import { expect, test } from 'vitest'

import { connectionsResponseSchema } from './connections.ts'
import {
  referenceConnectionsBody,
  referenceStartSyncBody,
  referenceSyncStatusBody,
} from './reference-bodies.fixture.ts'
import { describeIssues } from './schema-helpers.ts'
import { startSyncResponseSchema, syncStatusResponseSchema } from './syncs.ts'

test('accepts the reference connections body and parses its timestamps', () => {
  const parsed = connectionsResponseSchema.parse(referenceConnectionsBody)

  expect(parsed.data).toHaveLength(1)
  expect(parsed.data[0]?.entityName).toBe('Demo Entity')
  expect(parsed.data[0]?.lastSyncAt).toEqual(
    new Date('2026-02-03T05:10:00.000Z'),
  )
  expect(parsed.meta?.requestId).toBe(
    '00-6b2f90b3a92445f792a2b2a6b4d8e6d0-0a8a7d9b9d8c4e2f-00',
  )
})

test('accepts the reference sync start body', () => {
  const parsed = startSyncResponseSchema.parse(referenceStartSyncBody)

  expect(parsed.data.syncId).toBe('c6e0c9b4d6f2478e9c2b2a221c0f6d2f')
  expect(parsed.data.message).toBe('Sync started.')
})

test('accepts the reference sync status body with a running step', () => {
  const parsed = syncStatusResponseSchema.parse(referenceSyncStatusBody)

  expect(parsed.data.status).toBe('running')
  expect(parsed.data.completedAt).toBeNull()
  expect(parsed.data.steps.map((step) => step.name)).toEqual([
    'Extract',
    'Load',
  ])
  expect(parsed.data.steps[1]?.completedAt).toBeNull()
})

test('keeps an unknown status word and ignores fields it does not know', () => {
  const body = {
    ...referenceSyncStatusBody,
    data: { ...referenceSyncStatusBody.data, status: 'reconciling', shard: 7 },
  }

  const parsed = syncStatusResponseSchema.parse(body)

  expect(parsed.data.status).toBe('reconciling')
  expect(parsed.data).not.toHaveProperty('shard')
})

test('fills documented defaults when optional connection fields are missing or null', () => {
  const body = {
    data: [
      {
        entityId: 'e1',
        entityName: 'Sparse Ltd',
        lastSyncAt: null,
        sourceSystem: null,
      },
    ],
  }

  const [connection] = connectionsResponseSchema.parse(body).data

  expect(connection).toEqual({
    entityId: 'e1',
    entityName: 'Sparse Ltd',
    hasError: false,
    isActive: true,
    isCurrentlySyncing: false,
    lastSyncId: null,
    lastSyncStatus: null,
    lastSyncAt: null,
    nextScheduledSyncAt: null,
    sourceSystem: null,
  })
})

test('treats a missing or null step list as no steps yet', () => {
  const { steps: _steps, ...withoutSteps } = referenceSyncStatusBody.data

  const missing = syncStatusResponseSchema.parse({ data: withoutSteps })
  const empty = syncStatusResponseSchema.parse({
    data: { ...withoutSteps, steps: null },
  })

  expect(missing.data.steps).toEqual([])
  expect(empty.data.steps).toEqual([])
})

test('rejects a body without the data envelope and says where', () => {
  const result = connectionsResponseSchema.safeParse({
    items: referenceConnectionsBody.data,
  })

  expect(result.success).toBe(false)
  expect(describeIssues(result.error?.issues ?? [])).toEqual([
    'data: expected array',
  ])
})

test('names the field and index of a broken connection', () => {
  const body = {
    data: [
      referenceConnectionsBody.data[0],
      { ...referenceConnectionsBody.data[0], entityName: 42 },
    ],
  }

  const result = connectionsResponseSchema.safeParse(body)

  expect(describeIssues(result.error?.issues ?? [])).toEqual([
    'data[1].entityName: expected string',
  ])
})

test('rejects a timestamp that cannot be read', () => {
  const body = {
    data: { ...referenceSyncStatusBody.data, startedAt: 'yesterday-ish' },
  }

  const result = syncStatusResponseSchema.safeParse(body)

  expect(describeIssues(result.error?.issues ?? [])).toEqual([
    'data.startedAt: "yesterday-ish" is not a timestamp',
  ])
})

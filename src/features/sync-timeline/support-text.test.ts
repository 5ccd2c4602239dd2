import { expect, test, vi } from 'vitest'

import type { SyncStatus } from '../../api/syncs.ts'
import { buildSupportText } from './support-text.ts'

const failedSync: SyncStatus = {
  syncId: 'c6e0c9b4d6f2478e9c2b2a221c0f6d2f',
  status: 'failed',
  message: 'Sync failed at Load.',
  startedAt: new Date('2026-12-03T07:00:00Z'),
  completedAt: new Date('2026-12-03T07:00:12Z'),
  steps: [
    {
      name: 'Extract',
      status: 'completed',
      message: 'Extracted 12,480 journal lines.',
      count: 12480,
      startedAt: new Date('2026-12-03T07:00:01Z'),
      completedAt: new Date('2026-12-03T07:00:06Z'),
    },
    {
      name: 'Load',
      status: 'failed',
      message: 'Period November 2026 is locked in xPnA.',
      count: 0,
      startedAt: new Date('2026-12-03T07:00:07Z'),
      completedAt: new Date('2026-12-03T07:00:12Z'),
    },
    {
      name: 'Validate',
      status: 'running',
      message: null,
      count: null,
      startedAt: null,
      completedAt: null,
    },
  ],
}

test('writes the ids, UTC times and every step with its message', () => {
  const text = buildSupportText({
    sync: failedSync,
    meta: {
      apiVersion: '1.0',
      requestId: 'req-1',
      correlationId: 'corr-1',
      workspaceIdentifier: 'acme-group',
      timestamp: null,
    },
    connection: {
      entityId: 'e1',
      entityName: 'Acme Holdings',
      sourceSystem: 'QuickBooks',
    },
    pageUrl: 'http://localhost/syncs/c6e0',
    now: new Date('2026-12-03T07:05:00Z'),
  })

  expect(text.split('\n')).toEqual([
    'xPnA sync details',
    'Entity: Acme Holdings (e1)',
    'Source system: QuickBooks',
    'Sync ID: c6e0c9b4d6f2478e9c2b2a221c0f6d2f',
    'Status: failed',
    'Message: Sync failed at Load.',
    'Started: 2026-12-03 07:00:00 UTC',
    'Completed: 2026-12-03 07:00:12 UTC',
    '',
    'Steps (3):',
    '1. Extract: completed, count 12,480, 2026-12-03 07:00:01 UTC, 5.0 s',
    '   Extracted 12,480 journal lines.',
    '2. Load: failed, count 0, 2026-12-03 07:00:07 UTC, 5.0 s',
    '   Period November 2026 is locked in xPnA.',
    '3. Validate: running (sync ended; outcome unknown), not started',
    '',
    'Request ID: req-1',
    'Correlation ID: corr-1',
    'Workspace: acme-group',
    'Copied: 2026-12-03 07:05:00 UTC',
    'Page: http://localhost/syncs/c6e0',
  ])
})

test('says unknown where the entity and meta are not known', () => {
  const text = buildSupportText({
    sync: { ...failedSync, steps: [] },
    meta: null,
    connection: null,
    pageUrl: 'http://localhost/syncs/c6e0',
    now: new Date('2026-12-03T07:05:00Z'),
  })

  expect(text).toContain('Entity: unknown')
  expect(text).toContain('Request ID: none')
  expect(text).toContain('Steps (0):')
})

test('gives the local time beside UTC where the reader is not on UTC', () => {
  vi.stubEnv('TZ', 'Europe/Paris')
  try {
    const text = buildSupportText({
      sync: failedSync,
      meta: null,
      connection: null,
      pageUrl: 'http://localhost/syncs/c6e0',
      now: new Date('2026-12-03T07:05:00Z'),
    })

    expect(text).toMatch(
      /^Started: 2026-12-03 07:00:00 UTC \(local Thu 3 Dec 2026, 08:00:00 (GMT\+1|CET)\)$/m,
    )
  } finally {
    vi.unstubAllEnvs()
  }
})

import { expect, test } from 'vitest'

import { describeSync, syncEndsAt, type SyncPlan } from './sync-plan.ts'

const T0 = Date.parse('2026-02-03T05:16:00.000Z')

// stepMs 1000: queued until +300, Extract to +1700, Transform to +2500,
// Load to +3700, Validate to +4300.
const plan: SyncPlan = {
  syncId: 'c6e0c9b4d6f2478e9c2b2a221c0f6d2f',
  entityId: '752fee8c71c22e26f19dcb216c0863bb',
  sourceSystem: 'QuickBooks',
  requestedAt: T0,
  stepMs: 1000,
  volumes: { journalLines: 12_480, accounts: 214, balances: 2568 },
  outcome: { kind: 'completed' },
}

test('reports a new sync as queued, with every step queued and nothing started', () => {
  const sync = describeSync(plan, T0 + 100)

  expect(sync).toEqual({
    syncId: plan.syncId,
    status: 'queued',
    message: 'Sync queued.',
    startedAt: null,
    completedAt: null,
    steps: ['Extract', 'Transform', 'Load', 'Validate'].map((name) => ({
      name,
      status: 'queued',
      message: 'Waiting to start.',
      count: 0,
      startedAt: null,
      completedAt: null,
    })),
  })
})

test('runs Extract first, its count growing while it runs', () => {
  const early = describeSync(plan, T0 + 650)
  const halfway = describeSync(plan, T0 + 1000)

  expect(halfway.status).toBe('running')
  expect(halfway.message).toBe('Sync in progress.')
  expect(halfway.startedAt).toBe('2026-02-03T05:16:00.000Z')
  expect(halfway.completedAt).toBeNull()
  expect(halfway.steps[0]).toEqual({
    name: 'Extract',
    status: 'running',
    message: 'Extracting journal lines from QuickBooks.',
    count: 6240,
    startedAt: '2026-02-03T05:16:00.000Z',
    completedAt: null,
  })
  expect(early.steps[0]?.count).toBe(3120)
  expect(halfway.steps.slice(1).map((s) => s.status)).toEqual([
    'queued',
    'queued',
    'queued',
  ])
})

test('completes a step with its final count before the next one starts', () => {
  const sync = describeSync(plan, T0 + 2000)

  expect(sync.steps[0]).toEqual({
    name: 'Extract',
    status: 'completed',
    message: 'Extracted 12,480 journal lines from QuickBooks.',
    count: 12_480,
    startedAt: '2026-02-03T05:16:00.000Z',
    completedAt: '2026-02-03T05:16:01.000Z',
  })
  expect(sync.steps[1]?.status).toBe('running')
})

test('finishes with every step completed and the sync marked completed', () => {
  const sync = describeSync(plan, T0 + 4300)

  expect(sync.status).toBe('completed')
  expect(sync.message).toBe('Sync completed.')
  expect(sync.completedAt).toBe('2026-02-03T05:16:04.000Z')
  expect(sync.steps.map((s) => [s.name, s.status, s.count, s.message])).toEqual(
    [
      [
        'Extract',
        'completed',
        12_480,
        'Extracted 12,480 journal lines from QuickBooks.',
      ],
      [
        'Transform',
        'completed',
        12_480,
        'Mapped 12,480 journal lines to 214 xPnA accounts.',
      ],
      ['Load', 'completed', 2568, 'Loaded 2,568 account balances into xPnA.'],
      [
        'Validate',
        'completed',
        214,
        'Checked 214 accounts; the trial balance agrees with QuickBooks.',
      ],
    ],
  )
})

const failsAtLoad: SyncPlan = {
  ...plan,
  outcome: {
    kind: 'failed',
    step: 'Load',
    atFraction: 0.5,
    message: 'Period November 2026 is locked in xPnA.',
  },
}

test('stops at a failing step: failed with its message, later steps never start', () => {
  const before = describeSync(failsAtLoad, T0 + 3099)
  const after = describeSync(failsAtLoad, T0 + 3100)

  expect(before.status).toBe('running')
  expect(after.status).toBe('failed')
  expect(after.message).toBe('Sync failed at Load.')
  expect(after.completedAt).toBe('2026-02-03T05:16:03.000Z')
  expect(after.steps[2]).toEqual({
    name: 'Load',
    status: 'failed',
    message: 'Period November 2026 is locked in xPnA.',
    count: 1284,
    startedAt: '2026-02-03T05:16:02.000Z',
    completedAt: '2026-02-03T05:16:03.000Z',
  })
  expect(after.steps[3]).toMatchObject({
    status: 'queued',
    count: 0,
    startedAt: null,
  })
  expect(describeSync(failsAtLoad, T0 + 60_000)).toEqual(after)
})

test('reports completed_with_errors with the problem on the step that found it', () => {
  const sync = describeSync(
    {
      ...plan,
      outcome: {
        kind: 'completed_with_errors',
        step: 'Validate',
        message: '3 intercompany balances do not eliminate.',
      },
    },
    T0 + 4300,
  )

  expect(sync.status).toBe('completed_with_errors')
  expect(sync.message).toBe('Sync completed with errors in Validate.')
  expect(sync.steps[3]).toMatchObject({
    status: 'completed_with_errors',
    message: '3 intercompany balances do not eliminate.',
    count: 214,
  })
})

test('takes about fifteen seconds at the default step length', () => {
  const durationMs = syncEndsAt({ ...plan, stepMs: 3500 }) - T0

  expect(durationMs).toBe(15_050)
})

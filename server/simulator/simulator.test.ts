import { expect, test } from 'vitest'

import { createSimulator } from './simulator.ts'
import { toIso as iso, type ConnectionData } from './wire.ts'

const BOOT = Date.parse('2026-12-03T09:00:00.000Z')
const STEP_MS = 1000
// A whole sync at this step length: 0.3 queued + 4 steps.
const SYNC_MS = 4300
const MINUTE = 60_000

function setUp() {
  const clock = { now: BOOT }
  const simulator = createSimulator({ stepMs: STEP_MS, now: () => clock.now })
  const byName = (name: string): ConnectionData => {
    const found = simulator.listConnections().find((c) => c.entityName === name)
    if (!found) throw new Error(`no ${name}`)
    return found
  }

  return { clock, simulator, byName }
}

test('lists twelve demo entities with stable 32-hex ids', () => {
  const { simulator } = setUp()

  const connections = simulator.listConnections()

  expect(connections).toHaveLength(12)
  expect(new Set(connections.map((c) => c.entityId)).size).toBe(12)
  for (const connection of connections) {
    expect(connection.entityId).toMatch(/^[0-9a-f]{32}$/)
  }
  expect(connections[0]).toMatchObject({
    entityId: '752fee8c71c22e26f19dcb216c0863bb',
    entityName: 'Acme Holdings',
  })
})

test('shows Acme Holdings healthy: synced 40 minutes ago, next in 20', () => {
  const { byName } = setUp()

  expect(byName('Acme Holdings')).toMatchObject({
    sourceSystem: 'QuickBooks',
    hasError: false,
    isActive: true,
    isCurrentlySyncing: false,
    lastSyncStatus: 'completed',
    lastSyncAt: iso(BOOT - 40 * MINUTE),
    nextScheduledSyncAt: iso(BOOT + 20 * MINUTE),
  })
})

test('shows the failing, syncing and inactive entities the e2e tests rely on', () => {
  const { byName } = setUp()

  expect(byName('Globex UK Ltd')).toMatchObject({
    sourceSystem: 'Xero',
    hasError: true,
    lastSyncStatus: 'failed',
  })
  expect(byName('Northwind Traders')).toMatchObject({
    sourceSystem: 'NetSuite',
    isCurrentlySyncing: true,
    lastSyncStatus: 'running',
  })
  expect(byName('Initech Inc')).toMatchObject({
    sourceSystem: 'QuickBooks',
    isActive: false,
    nextScheduledSyncAt: null,
  })
  expect(byName('Hooli Services LLC')).toMatchObject({
    sourceSystem: 'Sage Intacct',
    hasError: true,
    lastSyncStatus: 'failed',
  })
})

test('includes a never-synced, an overdue and a completed-with-errors connection', () => {
  const { simulator } = setUp()

  const connections = simulator.listConnections()

  const neverSynced = connections.filter((c) => c.lastSyncId === null)
  expect(neverSynced.map((c) => [c.entityName, c.lastSyncAt])).toEqual([
    ['Fabrikam Manufacturing Inc', null],
  ])
  const overdue = connections.filter(
    (c) =>
      c.nextScheduledSyncAt !== null &&
      Date.parse(c.nextScheduledSyncAt) < BOOT,
  )
  expect(overdue.map((c) => c.entityName)).toEqual(['Vandelay Industries'])
  const withErrors = connections.filter(
    (c) => c.lastSyncStatus === 'completed_with_errors',
  )
  expect(withErrors.map((c) => [c.entityName, c.hasError])).toEqual([
    ['Contoso Pty Ltd', true],
  ])
})

test('answers the status endpoint for every lastSyncId in the list', () => {
  const { simulator } = setUp()

  const ids = simulator
    .listConnections()
    .flatMap((c) => (c.lastSyncId ? [c.lastSyncId] : []))

  expect(ids).toHaveLength(11)
  for (const syncId of ids) {
    expect(simulator.syncStatus(syncId)?.syncId).toBe(syncId)
  }
})

test('keeps the failed Globex sync with its Extract message', () => {
  const { simulator, byName } = setUp()

  const sync = simulator.syncStatus(byName('Globex UK Ltd').lastSyncId ?? '')

  expect(sync?.status).toBe('failed')
  expect(sync?.steps[0]).toMatchObject({
    name: 'Extract',
    status: 'failed',
    message:
      'Xero authorisation expired: reconnect the Xero organisation in xPnA (token revoked 2 days ago).',
  })
})

test('lets Northwind Traders finish its start-up sync on its own', () => {
  const { clock, byName } = setUp()
  const { lastSyncId } = byName('Northwind Traders')

  clock.now = BOOT + SYNC_MS

  expect(byName('Northwind Traders')).toMatchObject({
    isCurrentlySyncing: false,
    lastSyncId,
    lastSyncStatus: 'completed',
    hasError: false,
  })
})

test('shows a started sync on its connection, then its result and the next schedule', () => {
  const { clock, simulator, byName } = setUp()
  const before = byName('Acme Holdings')

  const started = simulator.startSync(before.entityId)

  if (!started.ok) throw new Error(started.message)
  const { syncId } = started.data
  expect(started.data).toEqual({
    syncId: expect.stringMatching(/^[0-9a-f]{32}$/),
    entityId: before.entityId,
    message: 'Sync started.',
  })
  expect(byName('Acme Holdings')).toMatchObject({
    isCurrentlySyncing: true,
    lastSyncId: syncId,
    lastSyncStatus: 'queued',
    lastSyncAt: before.lastSyncAt,
  })
  clock.now = BOOT + 1000
  expect(byName('Acme Holdings').lastSyncStatus).toBe('running')
  clock.now = BOOT + SYNC_MS
  expect(byName('Acme Holdings')).toMatchObject({
    isCurrentlySyncing: false,
    lastSyncId: syncId,
    lastSyncStatus: 'completed',
    lastSyncAt: iso(BOOT + SYNC_MS),
    nextScheduledSyncAt: iso(BOOT + SYNC_MS + 60 * MINUTE),
  })
})

test('refuses a second start while a sync runs, and accepts one after it ends', () => {
  const { clock, simulator, byName } = setUp()
  const { entityId } = byName('Acme Holdings')

  const first = simulator.startSync(entityId)
  const second = simulator.startSync(entityId)
  clock.now = BOOT + SYNC_MS
  const third = simulator.startSync(entityId)

  expect(first.ok).toBe(true)
  expect(second).toMatchObject({
    ok: false,
    status: 409,
    code: 'sync_in_progress',
  })
  expect(third.ok).toBe(true)
})

test('fails every new Globex sync at Extract and marks the connection in error', () => {
  const { clock, simulator, byName } = setUp()

  const started = simulator.startSync(byName('Globex UK Ltd').entityId)
  clock.now = BOOT + SYNC_MS

  const syncId = started.ok ? started.data.syncId : ''
  expect(simulator.syncStatus(syncId)).toMatchObject({
    status: 'failed',
    message: 'Sync failed at Extract.',
  })
  expect(byName('Globex UK Ltd')).toMatchObject({
    lastSyncId: syncId,
    lastSyncStatus: 'failed',
    hasError: true,
  })
})

test('fails a sync at Load when the caller overrides its outcome', () => {
  const { clock, simulator, byName } = setUp()

  const started = simulator.startSync(byName('Acme Holdings').entityId, {
    kind: 'failed',
    step: 'Load',
    atFraction: 0.5,
    message: 'Load rejected.',
  })
  clock.now = BOOT + SYNC_MS

  const sync = simulator.syncStatus(started.ok ? started.data.syncId : '')
  expect(sync?.message).toBe('Sync failed at Load.')
})

test('refuses to sync an inactive connection or an unknown entity', () => {
  const { simulator, byName } = setUp()

  const inactive = simulator.startSync(byName('Initech Inc').entityId)
  const unknown = simulator.startSync('0'.repeat(32))

  expect(inactive).toEqual({
    ok: false,
    status: 409,
    code: 'connection_inactive',
    message:
      'The connection for Initech Inc is inactive; reactivate it in xPnA before starting a sync.',
  })
  expect(unknown).toMatchObject({
    ok: false,
    status: 404,
    code: 'entity_not_found',
  })
})

test('answers null for a syncId it never issued', () => {
  const { simulator } = setUp()

  expect(simulator.syncStatus('0123456789abcdef0123456789abcdef')).toBeNull()
})

test('restores the demo workspace on reset, forgetting new syncs', () => {
  const { clock, simulator, byName } = setUp()
  const acme = byName('Acme Holdings')
  const started = simulator.startSync(acme.entityId)

  clock.now = BOOT + 10 * MINUTE
  simulator.reset({ stepMs: 50 })

  expect(simulator.stepMs).toBe(50)
  expect(byName('Acme Holdings')).toMatchObject({
    isCurrentlySyncing: false,
    lastSyncId: acme.lastSyncId,
    lastSyncAt: iso(clock.now - 40 * MINUTE),
  })
  expect(simulator.syncStatus(started.ok ? started.data.syncId : '')).toBeNull()
})

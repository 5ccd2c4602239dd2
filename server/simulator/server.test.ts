import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'

import { sendRaw } from '../testing/http-client.ts'
import type { CallsSnapshot } from './call-log.ts'
import { startSimulatorServer, type SimulatorServer } from './server.ts'

const ACME = '752fee8c71c22e26f19dcb216c0863bb'
const LIST = '/api/public/v1/connections'
const START = '/api/public/v1/connections/sync'
const BOOT = Date.parse('2026-12-03T09:00:00.000Z')

const clock = { now: BOOT }
let simulator: SimulatorServer

beforeAll(async () => {
  simulator = await startSimulatorServer({ stepMs: 1000, now: () => clock.now })
})

afterAll(() => simulator.close())

beforeEach(async () => {
  clock.now = BOOT
  await control('/__simulator/reset')
})

function control(path: string, body?: unknown) {
  return sendRaw(simulator.url, path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
}

function startAcme() {
  return sendRaw(simulator.url, START, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ entityId: ACME }),
  })
}

test('answers with the reference envelope and an x-request-id equal to meta.requestId', async () => {
  const res = await sendRaw(simulator.url, LIST)

  const body = res.json() as { data: object[]; meta: Record<string, string> }
  expect(Object.keys(body)).toEqual(['data', 'meta'])
  expect(Object.keys(body.data[0] ?? {})).toEqual([
    'entityId',
    'entityName',
    'hasError',
    'isActive',
    'isCurrentlySyncing',
    'lastSyncId',
    'lastSyncStatus',
    'lastSyncAt',
    'nextScheduledSyncAt',
    'sourceSystem',
  ])
  expect(body.meta).toEqual({
    apiVersion: '1.0',
    requestId: expect.stringMatching(/^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/),
    correlationId: expect.stringMatching(/^[0-9a-f]{32}$/),
    workspaceIdentifier: 'demo',
    timestamp: '2026-12-03T09:00:00.000Z',
  })
  expect(res.headers['x-request-id']).toBe(body.meta.requestId)
})

test('starts a sync and reports it through the status route as the clock moves', async () => {
  const started = await startAcme()
  const { syncId } = (started.json() as { data: { syncId: string } }).data

  clock.now = BOOT + 4300
  const res = await sendRaw(simulator.url, `${START}/${syncId}/status`)

  expect(started.status).toBe(200)
  expect(res.json()).toMatchObject({
    data: { syncId, status: 'completed', message: 'Sync completed.' },
  })
})

test('answers a second start for a syncing entity with 409 and an error envelope', async () => {
  await startAcme()

  const res = await startAcme()

  expect(res.status).toBe(409)
  expect(res.json()).toEqual({
    error: {
      code: 'sync_in_progress',
      message: expect.stringMatching(
        /^A sync is already running for Acme Holdings/,
      ),
    },
    meta: expect.objectContaining({ apiVersion: '1.0' }),
  })
})

test('answers 401 on every route when it has a key and the request does not', async () => {
  const locked = await startSimulatorServer({ stepMs: 1000, apiKey: 'sim-key' })

  const without = await sendRaw(locked.url, LIST)
  const wrong = await sendRaw(locked.url, LIST, {
    headers: { 'x-api-key': 'nope' },
  })
  const right = await sendRaw(locked.url, LIST, {
    headers: { 'x-api-key': 'sim-key' },
  })
  const calls = (await sendRaw(locked.url, '/__simulator/calls')).json()
  await locked.close()

  expect([without.status, wrong.status, right.status]).toEqual([401, 401, 200])
  expect(without.json()).toMatchObject({ error: { code: 'unauthorized' } })
  expect(calls).toMatchObject({
    last: { list: { apiKey: 'valid', headers: { 'x-api-key': '[redacted]' } } },
  })
})

test.each([
  ['unauthorized', 401, 'unauthorized'],
  ['forbidden', 403, 'forbidden'],
  ['rate-limited', 429, 'rate_limited'],
  ['server-error', 500, 'internal_error'],
])(
  'answers every route with %s as a %i JSON error',
  async (name, status, code) => {
    await control('/__simulator/scenario', { name })

    const res = await sendRaw(simulator.url, LIST)

    expect(res.status).toBe(status)
    expect(res.json()).toMatchObject({
      error: { code },
      meta: { apiVersion: '1.0' },
    })
  },
)

test('tells a rate-limited client to retry after two seconds', async () => {
  await control('/__simulator/scenario', { name: 'rate-limited' })

  const res = await sendRaw(simulator.url, LIST)

  expect(res.headers['retry-after']).toBe('2')
  expect(res.headers['x-ratelimit-remaining']).toBe('0')
})

test('sends an HTML page for bad-gateway-html and a cut-off body for malformed-json', async () => {
  await control('/__simulator/scenario', { name: 'bad-gateway-html', times: 1 })
  const html = await sendRaw(simulator.url, LIST)
  await control('/__simulator/scenario', { name: 'malformed-json', times: 1 })
  const malformed = await sendRaw(simulator.url, LIST)

  expect(html.status).toBe(502)
  expect(html.headers['content-type']).toBe('text/html; charset=utf-8')
  expect(html.text).toContain('<h1>502 Bad Gateway</h1>')
  expect(malformed.status).toBe(200)
  expect(malformed.text.startsWith('{"data":[{"entityId":')).toBe(true)
  expect(() => malformed.json()).toThrow(SyntaxError)
})

test('limits a scenario to its routes and number of times', async () => {
  await control('/__simulator/scenario', {
    name: 'server-error',
    routes: ['list'],
    times: 1,
  })

  const statuses = [
    (await startAcme()).status,
    (await sendRaw(simulator.url, LIST)).status,
    (await sendRaw(simulator.url, LIST)).status,
  ]

  expect(statuses).toEqual([200, 500, 200])
})

test('fails new syncs at Load under fails-at-load', async () => {
  await control('/__simulator/scenario', { name: 'fails-at-load' })
  const started = await startAcme()
  const { syncId } = (started.json() as { data: { syncId: string } }).data

  clock.now = BOOT + 4300
  const res = await sendRaw(simulator.url, `${START}/${syncId}/status`)

  expect(res.json()).toMatchObject({
    data: { status: 'failed', message: 'Sync failed at Load.' },
  })
})

test('keeps a new sync unknown for its first moments under registers-late', async () => {
  await control('/__simulator/scenario', {
    name: 'registers-late',
    delayMs: 3000,
  })
  const started = await startAcme()
  const { syncId } = (started.json() as { data: { syncId: string } }).data

  clock.now = BOOT + 2900
  const early = await sendRaw(simulator.url, `${START}/${syncId}/status`)
  clock.now = BOOT + 3000
  const later = await sendRaw(simulator.url, `${START}/${syncId}/status`)

  expect(early.status).toBe(404)
  expect(later.status).toBe(200)
})

test('answers 409 under started-elsewhere, with the other start running', async () => {
  await control('/__simulator/scenario', { name: 'started-elsewhere' })

  const lost = await startAcme()
  const list = await sendRaw(simulator.url, LIST)

  expect(lost.status).toBe(409)
  expect(lost.json()).toMatchObject({
    error: { code: 'sync_in_progress' },
  })
  const acme = (
    list.json() as { data: { entityId: string; isCurrentlySyncing: boolean }[] }
  ).data.find((c) => c.entityId === ACME)
  expect(acme?.isCurrentlySyncing).toBe(true)
})

test('sends odd statuses, extra fields and no steps while queued under odd-status', async () => {
  await control('/__simulator/scenario', { name: 'odd-status' })
  const started = await startAcme()
  const { syncId } = (started.json() as { data: { syncId: string } }).data

  const queued = (
    await sendRaw(simulator.url, `${START}/${syncId}/status`)
  ).json()
  clock.now = BOOT + 1000
  const running = (
    await sendRaw(simulator.url, `${START}/${syncId}/status`)
  ).json()
  const list = (await sendRaw(simulator.url, LIST)).json() as {
    data: Array<Record<string, unknown>>
  }

  expect(started.json()).toMatchObject({ data: { queuePosition: 2 } })
  expect(queued).toMatchObject({ data: { status: 'pending', steps: [] } })
  expect(queued).not.toHaveProperty('data.completedAt')
  expect(running).toMatchObject({
    data: { status: 'reconciling' },
    meta: { region: 'eu-west-2' },
  })
  const steps = (running as { data: { steps: object[] } }).data.steps
  expect(steps[0]).toMatchObject({ name: 'Extract', status: 'reconciling' })
  expect(steps[1]).toMatchObject({ status: 'pending', message: null })
  expect(steps[1]).not.toHaveProperty('startedAt')
  const acme = list.data.find((c) => c.entityId === ACME)
  expect(acme).toMatchObject({
    lastSyncStatus: 'reconciling',
    connectionType: 'direct',
  })
  const fabrikam = list.data.find(
    (c) => c.entityName === 'Fabrikam Manufacturing Inc',
  )
  expect(fabrikam).not.toHaveProperty('lastSyncId')
})

test('delays answers under slow', async () => {
  await control('/__simulator/scenario', { name: 'slow', delayMs: 150 })

  const startedAt = performance.now()
  const res = await sendRaw(simulator.url, LIST)

  expect(res.status).toBe(200)
  expect(performance.now() - startedAt).toBeGreaterThanOrEqual(140)
})

test('holds answers under hang until a reset ends them', async () => {
  await control('/__simulator/scenario', { name: 'hang' })

  const pending = sendRaw(simulator.url, LIST)
  const outcome = pending.then(
    () => 'answered',
    () => 'cut off',
  )
  // The request must have arrived before the reset can cut it off.
  while ((await callCounts()).list === 0) await Promise.resolve()
  const reset = await control('/__simulator/reset')

  expect(reset.json()).toEqual({ ok: true, stepMs: 1000, connectionCount: 12 })
  expect(await outcome).toBe('cut off')
  expect((await sendRaw(simulator.url, LIST)).status).toBe(200)
})

test('counts upstream calls by route and keeps the last headers, secrets hidden', async () => {
  await sendRaw(simulator.url, LIST, {
    headers: { 'x-api-key': 'k', cookie: 'c=1' },
  })
  await sendRaw(simulator.url, '/api/public/v1/elsewhere')

  const calls = (
    await sendRaw(simulator.url, '/__simulator/calls')
  ).json() as CallsSnapshot

  expect(calls.total).toBe(2)
  expect(calls.counts).toEqual({ list: 1, start: 0, status: 0, unmatched: 1 })
  expect(calls.last.list).toMatchObject({
    target: LIST,
    apiKey: 'present',
    apiKeyHeaderCount: 1,
    headers: { 'x-api-key': '[redacted]', cookie: '[redacted]' },
  })
})

test('refuses an unknown scenario and an unknown control with JSON errors', async () => {
  const scenario = await control('/__simulator/scenario', { name: 'meltdown' })
  const unknown = await control('/__simulator/teleport')

  expect(scenario.status).toBe(400)
  expect(scenario.json()).toMatchObject({ error: { code: 'invalid_scenario' } })
  expect(unknown.status).toBe(404)
  expect(unknown.json()).toMatchObject({ error: { code: 'not_found' } })
})

test('resets to a new step length on request', async () => {
  const res = await control('/__simulator/reset', { stepMs: 40 })

  expect(res.json()).toEqual({ ok: true, stepMs: 40, connectionCount: 12 })
})

test('resets to a workspace of thousands, and back to the demo workspace', async () => {
  const large = await control('/__simulator/reset', { connectionCount: 5000 })
  const listed = await sendRaw(simulator.url, LIST)
  const demo = await control('/__simulator/reset')

  expect(large.json()).toMatchObject({ connectionCount: 5000 })
  expect((listed.json() as { data: unknown[] }).data).toHaveLength(5000)
  expect(demo.json()).toMatchObject({ connectionCount: 12 })
})

test('refuses a workspace size that is not a whole number in range', async () => {
  const negative = await control('/__simulator/reset', { connectionCount: -1 })
  const huge = await control('/__simulator/reset', { connectionCount: 60_000 })

  expect(negative.status).toBe(400)
  expect(huge.status).toBe(400)
  expect(huge.json()).toMatchObject({
    error: {
      message: 'connectionCount must be a whole number from 0 to 50000.',
    },
  })
})

async function callCounts() {
  const res = await sendRaw(simulator.url, '/__simulator/calls')
  return (res.json() as CallsSnapshot).counts
}

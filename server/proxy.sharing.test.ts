import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'

import type { CallsSnapshot } from './simulator/call-log.ts'
import {
  startSimulatorServer,
  type SimulatorServer,
} from './simulator/server.ts'
import { SHARED_READ_MS, sharedReadKeepMs } from './proxy.ts'
import { sendRaw } from './testing/http-client.ts'
import { startTestProxy } from './testing/proxy-server.ts'

const KEY = 'sharing-test-key-7d2e9a'
const ACME = '752fee8c71c22e26f19dcb216c0863bb'
const START = '/api/public/v1/connections/sync'
const START_HEADERS = {
  'content-type': 'application/json',
  'sec-fetch-site': 'same-origin',
}

let simulator: SimulatorServer
let proxy: Awaited<ReturnType<typeof startTestProxy>>

beforeAll(async () => {
  simulator = await startSimulatorServer({ stepMs: 1000, apiKey: KEY })
  proxy = await startTestProxy({ apiUrl: simulator.baseUrl, apiKey: KEY })
})

afterAll(async () => {
  await proxy.close()
  await simulator.close()
})

beforeEach(async () => {
  await sendRaw(simulator.url, '/__simulator/reset', { method: 'POST' })
  proxy.forget()
  proxy.lines.length = 0
})

/** Waits for the start of the next wall-clock second. */
function untilJustAfterSecond() {
  const waitMs = 1000 - (Date.now() % 1000)
  return new Promise((resolve) => setTimeout(resolve, waitMs + 5))
}

async function upstreamCounts(): Promise<CallsSnapshot['counts']> {
  const res = await sendRaw(simulator.url, '/__simulator/calls')
  return (res.json() as CallsSnapshot).counts
}

function startSync(entityId: string) {
  return sendRaw(proxy.url, START, {
    method: 'POST',
    headers: START_HEADERS,
    body: JSON.stringify({ entityId }),
  })
}

function syncIdOf(res: { json(): unknown }) {
  return (res.json() as { data: { syncId: string } }).data.syncId
}

test('fifty viewers of one sync cost the upstream one status request', async () => {
  const syncId = syncIdOf(await startSync(ACME))
  proxy.lines.length = 0
  const target = `/api/public/v1/connections/sync/${syncId}/status`
  // Viewers poll on whole seconds and share within one: asked together
  // just after a tick, as they would be.
  await untilJustAfterSecond()

  const answers = await Promise.all(
    Array.from({ length: 50 }, () => sendRaw(proxy.url, target)),
  )

  expect(answers.map((res) => res.status)).toEqual(Array(50).fill(200))
  expect(new Set(answers.map((res) => res.text)).size).toBe(1)
  expect((await upstreamCounts()).status).toBe(1)
  const shared = proxy.lines.map((line) => JSON.parse(line).shared)
  expect(shared.filter((isShared) => isShared === false)).toHaveLength(1)
  expect(shared.filter((isShared) => isShared === true)).toHaveLength(49)
})

test('a list request a second later goes upstream again', async () => {
  await sendRaw(proxy.url, '/api/public/v1/connections')
  await new Promise((resolve) => setTimeout(resolve, SHARED_READ_MS + 100))

  await sendRaw(proxy.url, '/api/public/v1/connections')

  expect((await upstreamCounts()).list).toBe(2)
})

test('a list read after a sync start goes upstream, not to the answer kept from before', async () => {
  await sendRaw(proxy.url, '/api/public/v1/connections')
  await startSync(ACME)

  await sendRaw(proxy.url, '/api/public/v1/connections')

  expect((await upstreamCounts()).list).toBe(2)
})

test('two tabs starting the same entity together get one sync and the same syncId', async () => {
  const [first, second] = await Promise.all([startSync(ACME), startSync(ACME)])

  expect(first.status).toBe(200)
  expect(second.status).toBe(200)
  expect(syncIdOf(second)).toBe(syncIdOf(first))
  expect((await upstreamCounts()).start).toBe(1)
})

test('a retry right after a lost answer gets the sync already started', async () => {
  const first = await startSync(ACME)

  const retry = await startSync(ACME)

  expect(syncIdOf(retry)).toBe(syncIdOf(first))
  expect((await upstreamCounts()).start).toBe(1)
})

test('starts for different entities are never merged', async () => {
  const list = await sendRaw(proxy.url, '/api/public/v1/connections')
  const idle = (list.json() as { data: Idle[] }).data.filter(
    (c) => c.isActive && !c.isCurrentlySyncing,
  )
  const [a = '', b = ''] = idle.map((c) => c.entityId)

  const answers = await Promise.all([startSync(a), startSync(b)])

  expect(answers.map((res) => res.status)).toEqual([200, 200])
  expect(new Set(answers.map(syncIdOf)).size).toBe(2)
  expect((await upstreamCounts()).start).toBe(2)
})

type Idle = { entityId: string; isActive: boolean; isCurrentlySyncing: boolean }

test('a refused start is not reused: the next one goes upstream', async () => {
  await sendRaw(simulator.url, '/__simulator/scenario', {
    method: 'POST',
    body: JSON.stringify({ name: 'server-error', routes: ['start'], times: 1 }),
  })

  const failed = await startSync(ACME)
  const next = await startSync(ACME)

  expect([failed.status, next.status]).toEqual([500, 200])
  expect((await upstreamCounts()).start).toBe(2)
})

test('an answer is kept for the rest of the second it was asked in, never into the next', () => {
  const second = Date.parse('2026-12-03T08:00:07Z')

  expect(sharedReadKeepMs(second + 5, second + 20)).toBe(980)
  expect(sharedReadKeepMs(second + 900, second + 950)).toBe(50)
  expect(sharedReadKeepMs(second + 990, second + 1_030)).toBeLessThanOrEqual(0)
})

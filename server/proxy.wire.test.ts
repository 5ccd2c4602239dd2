import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'

import {
  startSimulatorServer,
  type SimulatorServer,
} from './simulator/server.ts'
import type { CallsSnapshot } from './simulator/call-log.ts'
import { sendRaw } from './testing/http-client.ts'
import { startTestProxy } from './testing/proxy-server.ts'

const KEY = 'wire-test-key-4c1d8e2f9a7b'
const ACME = '752fee8c71c22e26f19dcb216c0863bb'
// What a browser sends with a fetch from the dashboard's own page.
const JSON_HEADERS = {
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

async function upstreamCalls(): Promise<CallsSnapshot> {
  const res = await sendRaw(simulator.url, '/__simulator/calls')
  return res.json() as CallsSnapshot
}

test('lists connections through the proxy, sending the configured key exactly once', async () => {
  const res = await sendRaw(proxy.url, '/api/public/v1/connections')

  const body = res.json() as { data: unknown[]; meta: { requestId: string } }
  expect(res.status).toBe(200)
  expect(body.data).toHaveLength(12)
  expect(res.headers['x-dashboard-mode']).toBe('live')
  expect(res.headers['x-request-id']).toBe(body.meta.requestId)
  const calls = await upstreamCalls()
  expect(calls.counts).toEqual({ list: 1, start: 0, status: 0, unmatched: 0 })
  expect(calls.last.list?.apiKey).toBe('valid')
  expect(calls.last.list?.apiKeyHeaderCount).toBe(1)
})

test('replaces a client-sent key and drops its other credentials', async () => {
  const res = await sendRaw(proxy.url, '/api/public/v1/connections', {
    headers: {
      'x-api-key': 'stolen-or-guessed',
      x_api_key: 'stolen-or-guessed',
      authorization: 'Bearer client-token',
      cookie: 'session=abc',
      accept: 'application/json',
    },
  })

  expect(res.status).toBe(200)
  const last = (await upstreamCalls()).last.list
  expect(last?.apiKey).toBe('valid')
  expect(last?.apiKeyHeaderCount).toBe(1)
  expect(Object.keys(last?.headers ?? {}).toSorted()).toEqual([
    'accept',
    'connection',
    'host',
    'x-api-key',
  ])
})

test('drops the query string instead of forwarding it', async () => {
  const res = await sendRaw(
    proxy.url,
    '/api/public/v1/connections?redirect=http://evil.example&page=2',
  )

  expect(res.status).toBe(200)
  expect((await upstreamCalls()).last.list?.target).toBe(
    '/api/public/v1/connections',
  )
})

test('answers path tricks with a proxy 404 and never calls upstream', async () => {
  const targets = [
    '/api/public/v1/../v1/connections',
    '/api/public/v1/%2e%2e/v1/connections',
    '/api/public/v1/connections%2Fsync',
    '/api//public/v1/connections',
    '/api/public/v1\\connections',
    'http://evil.example/api/public/v1/connections',
    '/api/public/v1/connections/sync/..%2F..%2Fconnections/status',
    '/api/public/v1/connections/sync/abc/status/extra',
  ]

  for (const target of targets) {
    const res = await sendRaw(proxy.url, target)
    expect({ target, status: res.status }).toEqual({ target, status: 404 })
    expect(res.headers['x-dashboard-mode']).toBe('live')
    expect(res.json()).toEqual({
      error: {
        code: 'not_found',
        message: 'No dashboard API route matches this request.',
        source: 'proxy',
      },
    })
  }

  expect((await upstreamCalls()).total).toBe(0)
})

test('answers a wrong method on a known path with a 404 and never calls upstream', async () => {
  const res = await sendRaw(proxy.url, '/api/public/v1/connections', {
    method: 'DELETE',
  })

  expect(res.status).toBe(404)
  expect(res.json()).toMatchObject({ error: { code: 'method_not_allowed' } })
  expect((await upstreamCalls()).total).toBe(0)
})

test('passes targets outside /api/ on to the next handler', async () => {
  const res = await sendRaw(proxy.url, '/syncs/abc')

  expect(res.status).toBe(418)
})

test('starts a sync, forwarding only the entityId as JSON', async () => {
  const res = await sendRaw(proxy.url, '/api/public/v1/connections/sync', {
    method: 'POST',
    headers: {
      ...JSON_HEADERS,
      'content-type': 'application/json; charset=utf-8',
    },
    body: JSON.stringify({ entityId: ACME, force: true }),
  })

  expect(res.status).toBe(200)
  expect(res.json()).toMatchObject({
    data: { entityId: ACME, message: 'Sync started.' },
  })
  const last = (await upstreamCalls()).last.start
  expect(last?.headers['content-type']).toBe('application/json')
  expect(last?.headers['content-length']).toBe(
    String(JSON.stringify({ entityId: ACME }).length),
  )
})

test('passes an upstream error through with its status and body', async () => {
  const res = await sendRaw(
    proxy.url,
    '/api/public/v1/connections/sync/0123456789abcdef/status',
  )

  expect(res.status).toBe(404)
  expect(res.json()).toMatchObject({
    error: { code: 'sync_not_found' },
    meta: { apiVersion: '1.0' },
  })
})

test('refuses a body over 16 KiB with 413 before anything goes upstream', async () => {
  const body = JSON.stringify({ entityId: ACME, pad: 'x'.repeat(17 * 1024) })

  const res = await sendRaw(proxy.url, '/api/public/v1/connections/sync', {
    method: 'POST',
    headers: JSON_HEADERS,
    body,
  })

  expect(res.status).toBe(413)
  expect(res.json()).toMatchObject({ error: { code: 'payload_too_large' } })
  expect((await upstreamCalls()).total).toBe(0)
})

test('explains a malformed JSON body with a 400', async () => {
  const res = await sendRaw(proxy.url, '/api/public/v1/connections/sync', {
    method: 'POST',
    headers: JSON_HEADERS,
    body: '{"entityId": "abc"',
  })

  expect(res.status).toBe(400)
  expect(res.json()).toEqual({
    error: {
      code: 'invalid_json',
      message: 'The request body is not valid JSON.',
      source: 'proxy',
    },
  })
  expect((await upstreamCalls()).total).toBe(0)
})

test('refuses a form post from another site with 403 and never calls upstream', async () => {
  const res = await sendRaw(proxy.url, '/api/public/v1/connections/sync', {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: 'https://evil.example',
      'sec-fetch-site': 'cross-site',
    },
    body: `entityId=${ACME}`,
  })

  expect(res.status).toBe(403)
  expect(res.json()).toMatchObject({
    error: { code: 'cross_site_write', source: 'proxy' },
  })
  expect((await upstreamCalls()).total).toBe(0)
})

test('refuses a JSON start sent from another site, even with the key', async () => {
  const res = await sendRaw(proxy.url, '/api/public/v1/connections/sync', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-api-key': KEY,
      origin: 'https://evil.example',
    },
    body: JSON.stringify({ entityId: ACME }),
  })

  expect(res.status).toBe(403)
  expect((await upstreamCalls()).total).toBe(0)
})

test('refuses a same-origin form post with 403', async () => {
  const res = await sendRaw(proxy.url, '/api/public/v1/connections/sync', {
    method: 'POST',
    headers: {
      'content-type': 'text/plain',
      'sec-fetch-site': 'same-origin',
    },
    body: JSON.stringify({ entityId: ACME }),
  })

  expect(res.status).toBe(403)
  expect(res.json()).toMatchObject({ error: { code: 'form_post_refused' } })
  expect((await upstreamCalls()).total).toBe(0)
})

test('logs one line per request with the route pattern and ids, never the key', async () => {
  const started = await sendRaw(proxy.url, '/api/public/v1/connections/sync', {
    method: 'POST',
    headers: { ...JSON_HEADERS, 'x-api-key': KEY },
    body: JSON.stringify({ entityId: ACME }),
  })
  const { syncId } = (started.json() as { data: { syncId: string } }).data
  await sendRaw(
    proxy.url,
    `/api/public/v1/connections/sync/${syncId}/status?token=${KEY}`,
    { headers: { authorization: `Bearer ${KEY}` } },
  )
  await sendRaw(proxy.url, `/api/public/v1/../${KEY}`)

  expect(proxy.lines).toHaveLength(3)
  expect(proxy.lines.join('\n')).not.toContain(KEY)
  const [start, status, refused] = proxy.lines.map((line) => JSON.parse(line))
  expect(start).toMatchObject({
    level: 'info',
    method: 'POST',
    route: 'POST /connections/sync',
    entityId: ACME,
    status: 200,
    upstreamStatus: 200,
    mode: 'live',
  })
  expect(status).toMatchObject({
    route: 'GET /connections/sync/:syncId/status',
    syncId,
    status: 200,
    upstreamRequestId: expect.stringMatching(
      /^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/,
    ),
  })
  expect(refused).toMatchObject({ route: null, status: 404 })
  expect(refused.upstreamStatus).toBeUndefined()
})

import { afterEach, expect, test } from 'vitest'

import { sendRaw } from './testing/http-client.ts'
import {
  closedPortUrl,
  startFakeUpstream,
  type FakeHandler,
} from './testing/fake-upstream.ts'
import { startTestProxy } from './testing/proxy-server.ts'

const LIST = '/api/public/v1/connections'
const OK: FakeHandler = (_, res) =>
  res
    .writeHead(200, { 'content-type': 'application/json' })
    .end('{"data":[],"meta":{}}')

const cleanups: Array<() => Promise<void>> = []

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).toReversed()) await cleanup()
})

async function setUp(handler: FakeHandler, upstreamTimeoutMs = 2000) {
  const upstream = await startFakeUpstream(handler)
  const proxy = await startTestProxy({
    apiUrl: upstream.baseUrl,
    apiKey: 'fault-test-key',
    upstreamTimeoutMs,
  })
  cleanups.push(upstream.close, proxy.close)

  return { upstream, proxy }
}

test('does not follow an upstream redirect, so the key never reaches the other host', async () => {
  const elsewhere = await startFakeUpstream(OK)
  cleanups.push(elsewhere.close)
  const { proxy } = await setUp((_, res) =>
    res.writeHead(302, { location: `${elsewhere.url}/steal` }).end(),
  )

  const res = await sendRaw(proxy.url, LIST)

  expect(res.status).toBe(502)
  expect(res.headers.location).toBeUndefined()
  expect(res.json()).toEqual({
    error: {
      code: 'upstream_redirect',
      message:
        'xPnA answered GET /connections with a redirect, which the dashboard does not follow.',
      source: 'proxy',
    },
  })
  expect(elsewhere.hits).toBe(0)
})

test('answers a silent upstream with 504 at the deadline, then serves the next request', async () => {
  const { upstream, proxy } = await setUp(() => {}, 300)

  const startedAt = performance.now()
  const res = await sendRaw(proxy.url, LIST)
  const elapsedMs = performance.now() - startedAt

  expect(res.status).toBe(504)
  expect(res.json()).toEqual({
    error: {
      code: 'upstream_timeout',
      message: 'xPnA did not answer within 0.3 seconds.',
      source: 'proxy',
    },
  })
  expect(elapsedMs).toBeGreaterThanOrEqual(280)
  expect(elapsedMs).toBeLessThan(1500)
  upstream.answerWith(OK)
  expect((await sendRaw(proxy.url, LIST)).status).toBe(200)
})

test('counts a body that stalls after the headers against the same deadline', async () => {
  const { proxy } = await setUp(
    (_, res) =>
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .write('{"data":['),
    300,
  )

  const res = await sendRaw(proxy.url, LIST)

  expect(res.status).toBe(504)
  expect(res.json()).toMatchObject({ error: { code: 'upstream_timeout' } })
})

test('answers an unreachable upstream with 502 and stays usable', async () => {
  const proxy = await startTestProxy({
    apiUrl: await closedPortUrl(),
    apiKey: 'fault-test-key',
  })
  cleanups.push(proxy.close)

  const first = await sendRaw(proxy.url, LIST)
  const second = await sendRaw(proxy.url, LIST)

  expect(first.status).toBe(502)
  expect(first.json()).toEqual({
    error: {
      code: 'upstream_unreachable',
      message: 'The dashboard server could not connect to xPnA.',
      source: 'proxy',
    },
  })
  expect(second.status).toBe(502)
})

test('relays an HTML error page unchanged, with its status', async () => {
  const page = '<html><body><h1>502 Bad Gateway</h1></body></html>'
  const { proxy } = await setUp((_, res) =>
    res.writeHead(502, { 'content-type': 'text/html' }).end(page),
  )

  const res = await sendRaw(proxy.url, LIST)

  expect(res.status).toBe(502)
  expect(res.headers['content-type']).toBe('text/html')
  expect(res.text).toBe(page)
})

test('relays a truncated JSON body byte for byte', async () => {
  const truncated = '{"data":[{"entityId":"abc","entityN'
  const { proxy } = await setUp((_, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(truncated),
  )

  const res = await sendRaw(proxy.url, LIST)

  expect(res.status).toBe(200)
  expect(res.text).toBe(truncated)
})

test('relays rate-limit headers and drops set-cookie and server details', async () => {
  const { proxy } = await setUp((_, res) =>
    res
      .writeHead(429, {
        'content-type': 'application/json',
        'retry-after': '2',
        'x-ratelimit-remaining': '0',
        'ratelimit-policy': '120;w=60',
        'set-cookie': 'session=upstream; HttpOnly',
        'x-powered-by': 'Express',
        'x-request-id': '00-aaaa-bbbb-00',
      })
      .end('{"error":{"code":"rate_limited","message":"Slow down."}}'),
  )

  const res = await sendRaw(proxy.url, LIST)

  expect(res.status).toBe(429)
  expect(res.headers['retry-after']).toBe('2')
  expect(res.headers['x-ratelimit-remaining']).toBe('0')
  expect(res.headers['ratelimit-policy']).toBe('120;w=60')
  expect(res.headers['x-request-id']).toBe('00-aaaa-bbbb-00')
  expect(res.headers['cache-control']).toBe('no-store')
  expect(res.headers['set-cookie']).toBeUndefined()
  expect(res.headers['x-powered-by']).toBeUndefined()
})

test('logs upstream faults as warnings and plain answers as info', async () => {
  const { upstream, proxy } = await setUp(
    (_, res) => res.writeHead(500).end('oops'),
    300,
  )

  await sendRaw(proxy.url, LIST)
  upstream.answerWith(() => {})
  await sendRaw(proxy.url, LIST)
  upstream.answerWith(OK)
  await sendRaw(proxy.url, LIST)

  const entries = proxy.lines.map((line) => JSON.parse(line))
  expect(entries.map((e) => [e.level, e.status, e.upstreamStatus])).toEqual([
    ['warn', 500, 500],
    ['warn', 504, undefined],
    ['info', 200, 200],
  ])
})

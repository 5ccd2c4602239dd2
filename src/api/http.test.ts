import { afterEach, expect, test, vi } from 'vitest'

import { connectionsResponseSchema } from './connections.ts'
import { ApiError } from './errors.ts'
import { parseRetryAfter, requestApi } from './http.ts'
import { referenceConnectionsBody } from './reference-bodies.fixture.ts'

afterEach(() => {
  vi.unstubAllGlobals()
})

function answer(body: string, init: ResponseInit) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, init)),
  )
}

async function failure() {
  const error = await requestApi('/connections', {
    schema: connectionsResponseSchema,
  }).catch((reason: unknown) => reason)
  if (!(error instanceof ApiError)) throw new Error('expected an ApiError')
  return error
}

test('returns parsed data and tells demo answers apart', async () => {
  answer(JSON.stringify(referenceConnectionsBody), {
    status: 200,
    headers: { 'x-dashboard-mode': 'demo' },
  })

  const result = await requestApi('/connections', {
    schema: connectionsResponseSchema,
  })

  expect(result.data[0]?.entityName).toBe('Demo Entity')
  expect(result.isDemo).toBe(true)
})

test('carries the upstream message, status and requestId of an error', async () => {
  answer(
    JSON.stringify({
      error: { code: 'unauthorized', message: 'The API key is not valid.' },
      meta: { requestId: 'req-401' },
    }),
    { status: 401 },
  )

  const error = await failure()

  expect(error.kind).toBe('http')
  expect(error.status).toBe(401)
  expect(error.message).toBe('The API key is not valid.')
  expect(error.requestId).toBe('req-401')
})

test('marks a 429 as rate limited with the wait upstream asked for', async () => {
  answer('{}', { status: 429, headers: { 'retry-after': '2' } })

  const error = await failure()

  expect(error.kind).toBe('rate-limited')
  expect(error.retryAfterMs).toBe(2000)
})

test('describes an HTML error page instead of showing its markup', async () => {
  answer('<!DOCTYPE html><html><body>Bad gateway</body></html>', {
    status: 502,
    headers: { 'x-request-id': 'edge-7' },
  })

  const error = await failure()

  expect(error.message).toBe(
    'xPnA answered 502 with a web page instead of data.',
  )
  expect(error.requestId).toBe('edge-7')
})

test('reports the proxy deadline as a timeout from the dashboard server', async () => {
  answer(
    JSON.stringify({
      error: {
        code: 'upstream_timeout',
        message: 'xPnA did not answer within 15 seconds.',
        source: 'proxy',
      },
    }),
    { status: 504 },
  )

  const error = await failure()

  expect(error.kind).toBe('timeout')
  expect(error.isFromProxy).toBe(true)
})

test('rejects a 200 whose body is not JSON as an invalid response', async () => {
  answer('{"data": [', { status: 200 })

  const error = await failure()

  expect(error.kind).toBe('invalid-response')
  expect(error.message).toBe(
    'xPnA answered with something that is not valid JSON.',
  )
})

test('lists where a 200 body does not match the expected shape', async () => {
  answer(
    JSON.stringify({ data: [{ entityId: 'e1' }], meta: { requestId: 'r9' } }),
    {
      status: 200,
    },
  )

  const error = await failure()

  expect(error.kind).toBe('invalid-response')
  expect(error.issues).toEqual(['data[0].entityName: expected string'])
  expect(error.requestId).toBe('r9')
  expect(error.endpoint).toBe('GET /connections')
})

test('turns a refused connection into a network error', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
  )

  const error = await failure()

  expect(error.kind).toBe('network')
})

test('passes the caller cancelling through untouched', async () => {
  const controller = new AbortController()
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      controller.abort(new DOMException('left the page', 'AbortError'))
      throw new DOMException('aborted', 'AbortError')
    }),
  )

  const reason = await requestApi('/connections', {
    schema: connectionsResponseSchema,
    signal: controller.signal,
  }).catch((error: unknown) => error)

  expect(reason).toBeInstanceOf(DOMException)
  expect((reason as DOMException).message).toBe('left the page')
})

test('reads Retry-After as seconds or as an HTTP date', () => {
  const now = Date.parse('2026-12-03T08:00:00Z')

  expect(parseRetryAfter('30', now)).toBe(30_000)
  expect(parseRetryAfter('Thu, 03 Dec 2026 08:00:05 GMT', now)).toBe(5_000)
  expect(parseRetryAfter('soon', now)).toBeNull()
  expect(parseRetryAfter(null, now)).toBeNull()
})

import { expect, test } from 'vitest'

import {
  isProxyTarget,
  matchRoute,
  pickRequestHeaders,
  pickResponseHeaders,
  toUpstreamUrl,
  type ApiRoute,
} from './proxy-rules.ts'

const SYNC_ID = 'c6e0c9b4d6f2478e9c2b2a221c0f6d2f'
const API_URL = 'https://xpna.example/api/public/v1'

test('matches exactly the three upstream routes by method and path', () => {
  expect(matchRoute('GET', '/api/public/v1/connections')).toEqual({
    ok: true,
    route: { name: 'list', method: 'GET', pattern: 'GET /connections' },
  })
  expect(matchRoute('POST', '/api/public/v1/connections/sync')).toEqual({
    ok: true,
    route: { name: 'start', method: 'POST', pattern: 'POST /connections/sync' },
  })
  expect(
    matchRoute('GET', `/api/public/v1/connections/sync/${SYNC_ID}/status`),
  ).toEqual({
    ok: true,
    route: {
      name: 'status',
      method: 'GET',
      pattern: 'GET /connections/sync/:syncId/status',
      syncId: SYNC_ID,
    },
  })
})

test('ignores a query string when matching', () => {
  const match = matchRoute('GET', '/api/public/v1/connections?page=2&x=../y')

  expect(match).toMatchObject({ ok: true, route: { name: 'list' } })
})

test.each([
  '/api/public/v1/connections/',
  '/api/public/v1/Connections',
  '/api/public/v2/connections',
  '/api/public/v1/../v1/connections',
  '/api/public/v1/./connections',
  '/api/public/v1/%2e%2e/v1/connections',
  '/api/public/v1/%63onnections',
  '/api/public/v1/connections%2Fsync',
  '/api//public/v1/connections',
  '/api/public/v1//connections',
  '/api/public/v1\\connections',
  '/api/public/v1/connections#x',
  'http://evil.example/api/public/v1/connections',
  '//evil.example/api/public/v1/connections',
  '/api/public/v1/connections/sync/../../connections/status',
  '/api/public/v1/connections/sync/..%2F..%2Fconnections/status',
  '/api/public/v1/connections/sync/abc%2e/status',
  '/api/public/v1/connections/sync/abc/status/',
  '/api/public/v1/connections/sync//status',
  '/api/public/v1/connections/sync/abc.def/status',
  `/api/public/v1/connections/sync/${'a'.repeat(129)}/status`,
  '/api/public/v1/connections/sync/abc/status/../../../connections',
  '/api/public/v1/connections/sync/abc%00/status',
  '/api/public/v1/connections/sync/%61bc/status',
  '/api/public/v1/connections/sync/abc;x=1/status',
  '/api/public/v1/connections/sync/\u0430bc/status',
  '/API/public/v1/connections',
  '/api/public/v1/connections;jsessionid=1',
  '/api/public/v1/connections/sync/abc/status%2F..%2F..',
  '/api/public/v1/connections\t',
])('refuses %s as not found', (target) => {
  expect(matchRoute('GET', target)).toEqual({ ok: false, code: 'not_found' })
})

test('accepts a syncId of up to 128 letters, digits, dashes and underscores', () => {
  const syncId = `${'aZ09_-'.repeat(21)}ab`

  expect(syncId).toHaveLength(128)
  expect(
    matchRoute('GET', `/api/public/v1/connections/sync/${syncId}/status`),
  ).toMatchObject({ ok: true, route: { syncId } })
})

test('refuses a wrong method on a known path, telling it apart from a wrong path', () => {
  expect(matchRoute('DELETE', '/api/public/v1/connections')).toEqual({
    ok: false,
    code: 'method_not_allowed',
  })
  expect(matchRoute('GET', '/api/public/v1/connections/sync')).toEqual({
    ok: false,
    code: 'method_not_allowed',
  })
  expect(matchRoute('HEAD', '/api/public/v1/connections')).toMatchObject({
    ok: false,
  })
})

test('claims every target under /api/ and every non-origin-form target', () => {
  expect(isProxyTarget('/api/anything')).toBe(true)
  expect(isProxyTarget('/api')).toBe(true)
  expect(isProxyTarget('/api?x=1')).toBe(true)
  expect(isProxyTarget('http://evil.example/api/public/v1/connections')).toBe(
    true,
  )
  expect(isProxyTarget('*')).toBe(true)
  expect(isProxyTarget('/')).toBe(false)
  expect(isProxyTarget('/apix')).toBe(false)
  expect(isProxyTarget('/syncs/abc')).toBe(false)
  expect(isProxyTarget('/assets/index-abc.js')).toBe(false)
})

test('builds the upstream URL from the route template and the configured base', () => {
  const list: ApiRoute = { name: 'list', method: 'GET', pattern: '' }
  const start: ApiRoute = { name: 'start', method: 'POST', pattern: '' }
  const status: ApiRoute = {
    name: 'status',
    method: 'GET',
    pattern: '',
    syncId: SYNC_ID,
  }

  expect(toUpstreamUrl(list, API_URL)).toBe(`${API_URL}/connections`)
  expect(toUpstreamUrl(start, API_URL)).toBe(`${API_URL}/connections/sync`)
  expect(toUpstreamUrl(status, API_URL)).toBe(
    `${API_URL}/connections/sync/${SYNC_ID}/status`,
  )
})

const listRoute: ApiRoute = { name: 'list', method: 'GET', pattern: '' }
const startRoute: ApiRoute = { name: 'start', method: 'POST', pattern: '' }

test('forwards only allowlisted request headers and adds the configured key', () => {
  const headers = pickRequestHeaders(
    {
      accept: 'application/json',
      'accept-language': 'en-GB',
      'user-agent': 'test-browser',
      'x-api-key': 'client-supplied',
      x_api_key: 'client-supplied',
      authorization: 'Bearer client',
      'proxy-authorization': 'Basic x',
      cookie: 'session=abc',
      connection: 'keep-alive, x-api-key',
      'keep-alive': 'timeout=5',
      'transfer-encoding': 'chunked',
      te: 'trailers',
      trailer: 'x-api-key',
      upgrade: 'websocket',
      'proxy-connection': 'keep-alive',
      host: 'evil.example',
      'x-forwarded-for': '10.0.0.1',
      'accept-encoding': 'gzip',
    },
    listRoute,
    'configured-key',
  )

  expect(headers).toEqual({
    accept: 'application/json',
    'accept-language': 'en-GB',
    'user-agent': 'test-browser',
    'x-api-key': 'configured-key',
  })
})

test('sends no key at all when none is configured', () => {
  const headers = pickRequestHeaders({ 'x-api-key': 'client' }, listRoute, null)

  expect(headers).toEqual({})
})

test('labels a forwarded sync start as JSON whatever the client said', () => {
  const headers = pickRequestHeaders(
    { 'content-type': 'application/json; charset=latin1' },
    startRoute,
    null,
  )

  expect(headers).toEqual({ 'content-type': 'application/json' })
})

test('relays only allowlisted response headers, never set-cookie', () => {
  const headers = pickResponseHeaders({
    'content-type': 'application/json',
    'retry-after': '2',
    'cache-control': 'private, max-age=5',
    'x-request-id': '00-abc-def-00',
    'x-correlation-id': 'abc',
    'x-ratelimit-remaining': '0',
    'ratelimit-policy': '120;w=60',
    ratelimit: 'limit=120, remaining=0',
    'set-cookie': ['session=abc', 'other=def'],
    location: 'https://elsewhere.example/',
    server: 'nginx',
    'x-powered-by': 'Express',
    'content-encoding': 'gzip',
    connection: 'close',
    'keep-alive': 'timeout=5',
    'transfer-encoding': 'chunked',
    'proxy-authenticate': 'Basic',
    upgrade: 'h2c',
  })

  expect(headers).toEqual({
    'content-type': 'application/json',
    'retry-after': '2',
    'cache-control': 'private, max-age=5',
    'x-request-id': '00-abc-def-00',
    'x-correlation-id': 'abc',
    'x-ratelimit-remaining': '0',
    'ratelimit-policy': '120;w=60',
    ratelimit: 'limit=120, remaining=0',
  })
})

test('marks a response no-store when upstream gives no cache-control', () => {
  const headers = pickResponseHeaders({ 'content-type': 'text/html' })

  expect(headers['cache-control']).toBe('no-store')
})

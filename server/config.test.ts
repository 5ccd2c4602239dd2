import { expect, test } from 'vitest'

import { readConfig } from './config.ts'

test('starts in demo mode on loopback with the documented defaults', () => {
  const config = readConfig({})

  expect(config).toEqual({
    apiKey: null,
    apiUrl: 'https://xpna.app/api/public/v1',
    host: '127.0.0.1',
    port: 4173,
    upstreamTimeoutMs: 15_000,
    mode: 'demo',
    simulatorStepMs: 3500,
    simulatorConnectionCount: null,
    trustedIdentityHeader: null,
    allowUnauthenticated: false,
  })
})

test('switches to live mode when an API key is set', () => {
  const config = readConfig({ XPNA_API_KEY: 'k-123' })

  expect(config.mode).toBe('live')
  expect(config.apiKey).toBe('k-123')
})

test('treats an empty or blank API key as no key at all', () => {
  expect(readConfig({ XPNA_API_KEY: '' }).mode).toBe('demo')
  expect(readConfig({ XPNA_API_KEY: '   ' }).apiKey).toBeNull()
})

test('reads host, port, timeout and step length from the environment', () => {
  const config = readConfig({
    HOST: '0.0.0.0',
    PORT: '8080',
    XPNA_UPSTREAM_TIMEOUT_MS: '300',
    XPNA_SIMULATOR_STEP_MS: '50',
  })

  expect(config.host).toBe('0.0.0.0')
  expect(config.port).toBe(8080)
  expect(config.upstreamTimeoutMs).toBe(300)
  expect(config.simulatorStepMs).toBe(50)
})

test('drops a trailing slash from the upstream URL', () => {
  const config = readConfig({
    XPNA_API_URL: 'http://127.0.0.1:4010/api/public/v1/',
  })

  expect(config.apiUrl).toBe('http://127.0.0.1:4010/api/public/v1')
})

test.each([
  ['not a URL', 'not a url'],
  ['another scheme', 'ftp://xpna.app/api/public/v1'],
  ['a query string', 'https://xpna.app/api/public/v1?debug=1'],
  ['credentials', 'https://user:pw@xpna.app/api/public/v1'],
])('refuses an upstream URL with %s, naming the variable', (_, value) => {
  expect(() => readConfig({ XPNA_API_URL: value })).toThrow(/XPNA_API_URL/)
})

test('refuses a port that is not a whole number in range', () => {
  expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT must be/)
  expect(() => readConfig({ PORT: '70000' })).toThrow(/PORT must be/)
})

test('reads the sign-on header name in lower case and the opt-out flag', () => {
  const config = readConfig({
    XPNA_TRUSTED_IDENTITY_HEADER: ' X-Forwarded-Email ',
    XPNA_ALLOW_UNAUTHENTICATED: 'TRUE',
  })

  expect(config.trustedIdentityHeader).toBe('x-forwarded-email')
  expect(config.allowUnauthenticated).toBe(true)
})

test.each(['authorization', 'Cookie', 'x-api-key', 'host', 'x email', 'a:b'])(
  'refuses %s as the identity header, naming the variable',
  (name) => {
    expect(() => readConfig({ XPNA_TRUSTED_IDENTITY_HEADER: name })).toThrow(
      /XPNA_TRUSTED_IDENTITY_HEADER/,
    )
  },
)

test('refuses an opt-out that is neither true nor false', () => {
  expect(() => readConfig({ XPNA_ALLOW_UNAUTHENTICATED: 'yes' })).toThrow(
    /XPNA_ALLOW_UNAUTHENTICATED must be true or false/,
  )
})

test('reads a demo workspace size, and refuses one out of range', () => {
  const config = readConfig({ XPNA_SIMULATOR_CONNECTIONS: '20000' })

  expect(config.simulatorConnectionCount).toBe(20_000)
  expect(() => readConfig({ XPNA_SIMULATOR_CONNECTIONS: '90000' })).toThrow(
    'XPNA_SIMULATOR_CONNECTIONS must be a whole number from 0 to 50000; got "90000".',
  )
})

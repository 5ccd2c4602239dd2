import { expect, test } from 'vitest'

import {
  decideAccess,
  describeAccess,
  isLoopbackHost,
  readPerson,
} from './access.ts'
import { readConfig } from './config.ts'

const KEY = 'access-test-key'

test.each(['127.0.0.1', '127.8.9.10', 'localhost', '::1', '[::1]'])(
  'counts %s as loopback',
  (host) => {
    expect(isLoopbackHost(host)).toBe(true)
  },
)

test.each(['0.0.0.0', '::', '10.0.0.5', '192.168.1.2', 'dashboard.internal'])(
  'counts %s as reachable from elsewhere',
  (host) => {
    expect(isLoopbackHost(host)).toBe(false)
  },
)

test('stays on loopback by default, even with a key', () => {
  const access = decideAccess(readConfig({ XPNA_API_KEY: KEY }))

  expect(access).toEqual({ kind: 'loopback' })
  expect(describeAccess(access)).toBe(
    'loopback only: reachable from this machine',
  )
})

test('refuses to expose a real key to the network without sign-on', () => {
  const config = readConfig({ XPNA_API_KEY: KEY, HOST: '0.0.0.0' })

  expect(() => decideAccess(config)).toThrow(
    /Refusing to listen on 0\.0\.0\.0.*XPNA_TRUSTED_IDENTITY_HEADER.*XPNA_ALLOW_UNAUTHENTICATED=true/,
  )
})

test('listens beyond loopback behind a sign-on gateway', () => {
  const access = decideAccess(
    readConfig({
      XPNA_API_KEY: KEY,
      HOST: '0.0.0.0',
      XPNA_TRUSTED_IDENTITY_HEADER: 'x-forwarded-email',
    }),
  )

  expect(describeAccess(access)).toBe(
    'sign-on gateway: requests without the x-forwarded-email header get 401',
  )
})

test('listens beyond loopback without sign-on only when told to', () => {
  const access = decideAccess(
    readConfig({
      XPNA_API_KEY: KEY,
      HOST: '0.0.0.0',
      XPNA_ALLOW_UNAUTHENTICATED: 'true',
    }),
  )

  expect(access).toEqual({ kind: 'open-by-choice' })
})

test('lets demo mode listen anywhere, having no key to protect', () => {
  expect(decideAccess(readConfig({ HOST: '0.0.0.0' }))).toEqual({
    kind: 'open-demo',
  })
})

test('reads the person the gateway vouches for', () => {
  const headers = { 'x-forwarded-email': [' ana@example.com '] }

  expect(readPerson(headers, 'x-forwarded-email')).toBe('ana@example.com')
})

test.each([
  ['a missing header', {}],
  ['a blank header', { 'x-forwarded-email': ['  '] }],
  [
    'two copies, one added by the client',
    {
      'x-forwarded-email': ['mallory@evil.example', 'ana@example.com'],
    },
  ],
  [
    'a forged log line',
    {
      'x-forwarded-email': ['ana@example.com\n{"level":"info","person":"cfo"}'],
    },
  ],
  ['an over-long value', { 'x-forwarded-email': ['a'.repeat(257)] }],
])('sees no person in %s', (_, headers) => {
  expect(readPerson(headers, 'x-forwarded-email')).toBeNull()
})

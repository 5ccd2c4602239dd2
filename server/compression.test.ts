import { expect, test } from 'vitest'

import { isCompressible, pickEncoding } from './compression.ts'

test.each([
  ['gzip, deflate, br, zstd', 'br'],
  ['gzip', 'gzip'],
  ['br;q=0, gzip;q=0.5', 'gzip'],
  ['*', 'br'],
  ['*;q=0, gzip', 'gzip'],
  ['identity', null],
  ['br;q=0, gzip;q=0', null],
  ['gzip;q=nonsense', null],
  ['', null],
  [undefined, null],
])('answers Accept-Encoding %j with %j', (accept, expected) => {
  expect(pickEncoding(accept)).toBe(expected)
})

test('compresses text assets of a kilobyte or more, never images or small files', () => {
  expect(isCompressible('text/javascript; charset=utf-8', 4096)).toBe(true)
  expect(isCompressible('application/json; charset=utf-8', 4096)).toBe(true)
  expect(isCompressible('image/svg+xml', 4096)).toBe(true)
  expect(isCompressible('text/css; charset=utf-8', 1023)).toBe(false)
  expect(isCompressible('image/png', 4096)).toBe(false)
  expect(isCompressible('font/woff2', 4096)).toBe(false)
})

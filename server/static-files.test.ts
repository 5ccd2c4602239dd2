import { join } from 'node:path'
import { expect, test } from 'vitest'

import { resolveStaticPath } from './static-files.ts'

const DIST = '/srv/app/dist'

test('maps a plain path to the file under dist', () => {
  expect(resolveStaticPath(DIST, '/assets/index-abc123.js?v=1')).toBe(
    join(DIST, 'assets/index-abc123.js'),
  )
  expect(resolveStaticPath(DIST, '/')).toBe(DIST)
  expect(resolveStaticPath(DIST, '/syncs/abc')).toBe(join(DIST, 'syncs/abc'))
})

test.each([
  '/../package.json',
  '/assets/../../package.json',
  '/assets/..%2f..%2fpackage.json',
  '/assets/%2e%2e/%2e%2e/package.json',
  '/assets/%2E%2E%2F%2E%2E%2Fpackage.json',
  '/assets/..\\..\\package.json',
  '/assets/..%5c..%5cpackage.json',
  '/assets/%00.js',
  '/.env',
  '/assets/%2eenv',
  '/%E0%A4%A',
  'http://evil.example/index.html',
])('refuses %s', (target) => {
  expect(resolveStaticPath(DIST, target)).toBeNull()
})

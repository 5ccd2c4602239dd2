import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { readConfig } from './config.ts'
import { startServer, type RunningServer } from './index.ts'
import { createLogger } from './logger.ts'
import { sendRaw } from './testing/http-client.ts'

const BUNDLE = `export const rows = ${JSON.stringify(Array(400).fill('row'))}\n`

let root: string
let server: RunningServer

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dashboard-delivery-'))
  await mkdir(join(root, 'dist', 'assets'), { recursive: true })
  await writeFile(join(root, 'dist', 'index.html'), '<!doctype html>')
  await writeFile(join(root, 'dist', 'assets', 'index-big.js'), BUNDLE)
  await writeFile(join(root, 'dist', 'assets', 'logo.png'), Buffer.alloc(4096))
  server = await startServer(readConfig({ PORT: '0' }), {
    distDir: join(root, 'dist'),
    logger: createLogger({ level: 'silent' }),
  })
})

afterAll(async () => {
  await server.close()
  await rm(root, { recursive: true, force: true })
})

/** The raw bytes of an answer: sendRaw would decode them as text. */
function fetchBytes(target: string, acceptEncoding: string) {
  const { hostname, port } = new URL(server.url)

  return new Promise<{ headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(
        {
          hostname,
          port,
          path: target,
          headers: { 'accept-encoding': acceptEncoding },
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () =>
            resolve({ headers: res.headers, body: Buffer.concat(chunks) }),
          )
        },
      )
      req.on('error', reject).end()
    },
  )
}

test.each(['/', '/syncs/abc', '/api/public/v1/connections', '/healthz'])(
  'sends the security headers with %s',
  async (target) => {
    const res = await sendRaw(server.url, target)

    const csp = String(res.headers['content-security-policy'])
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).not.toContain('unsafe-eval')
    expect(res.headers['x-frame-options']).toBe('DENY')
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['referrer-policy']).toBe('no-referrer')
  },
)

test('sends a text asset brotli-compressed when the browser accepts it', async () => {
  const res = await fetchBytes('/assets/index-big.js', 'gzip, deflate, br')

  expect(res.headers['content-encoding']).toBe('br')
  expect(res.headers.vary).toBe('accept-encoding')
  expect(res.headers['cache-control']).toBe(
    'public, max-age=31536000, immutable',
  )
  expect(res.body.length).toBeLessThan(BUNDLE.length / 4)
  expect(brotliDecompressSync(res.body).toString()).toBe(BUNDLE)
})

test('falls back to gzip, and to the plain file when no coding is accepted', async () => {
  const gzipped = await fetchBytes('/assets/index-big.js', 'gzip')
  const plain = await fetchBytes('/assets/index-big.js', 'identity')

  expect(gzipped.headers['content-encoding']).toBe('gzip')
  expect(gunzipSync(gzipped.body).toString()).toBe(BUNDLE)
  expect(plain.headers['content-encoding']).toBeUndefined()
  expect(plain.body.toString()).toBe(BUNDLE)
})

test('does not compress an image', async () => {
  const res = await fetchBytes('/assets/logo.png', 'br, gzip')

  expect(res.headers['content-encoding']).toBeUndefined()
  expect(res.body.length).toBe(4096)
})

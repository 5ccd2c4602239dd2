import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { readConfig } from './config.ts'
import { startServer, type RunningServer } from './index.ts'
import { createLogger } from './logger.ts'
import { startSimulatorServer } from './simulator/server.ts'
import { sendRaw } from './testing/http-client.ts'

const INDEX_HTML = '<!doctype html><title>xPnA Connections</title>'
const SECRET = 'SECRET-PROJECT-FILE'

let root: string
let server: RunningServer

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dashboard-server-'))
  await mkdir(join(root, 'dist', 'assets'), { recursive: true })
  await writeFile(join(root, 'package.json'), SECRET)
  await writeFile(join(root, 'dist', 'index.html'), INDEX_HTML)
  await writeFile(join(root, 'dist', 'assets', 'index-abc123.js'), 'export {}')
  await writeFile(join(root, 'dist', 'favicon.svg'), '<svg/>')
  server = await startServer(readConfig({ PORT: '0' }), {
    distDir: join(root, 'dist'),
    logger: createLogger({ level: 'silent' }),
  })
})

afterAll(async () => {
  await server.close()
  await rm(root, { recursive: true, force: true })
})

test('answers the health check with the mode', async () => {
  const res = await sendRaw(server.url, '/healthz')

  expect(res.status).toBe(200)
  expect(res.json()).toEqual({ status: 'ok', mode: 'demo' })
})

test.each(['/', '/syncs/abc', '/connections/752fee8c71c22e26f19dcb216c0863bb'])(
  'serves index.html for the app route %s so deep links survive a reload',
  async (target) => {
    const res = await sendRaw(server.url, target)

    expect(res.status).toBe(200)
    expect(res.text).toBe(INDEX_HTML)
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(res.headers['cache-control']).toBe('no-cache')
  },
)

test('serves hashed assets with a year-long immutable cache', async () => {
  const res = await sendRaw(server.url, '/assets/index-abc123.js')

  expect(res.status).toBe(200)
  expect(res.text).toBe('export {}')
  expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8')
  expect(res.headers['cache-control']).toBe(
    'public, max-age=31536000, immutable',
  )
})

test('answers a missing asset with 404 instead of the app page', async () => {
  const res = await sendRaw(server.url, '/assets/index-gone.js')

  expect(res.status).toBe(404)
})

test.each([
  '/assets/..%2f..%2fpackage.json',
  '/assets/%2e%2e/%2e%2e/package.json',
  '/..%2fpackage.json',
  '/assets/..\\..\\package.json',
  '/syncs/..%2f..%2f..%2fpackage.json',
])('refuses the escape %s', async (target) => {
  const res = await sendRaw(server.url, target)

  expect(res.status).toBe(404)
  expect(res.text).not.toContain(SECRET)
})

test('refuses writes to app pages', async () => {
  const res = await sendRaw(server.url, '/syncs/abc', { method: 'POST' })

  expect(res.status).toBe(405)
  expect(res.headers.allow).toBe('GET, HEAD')
})

test('proxies the API to the embedded simulator in demo mode', async () => {
  const res = await sendRaw(server.url, '/api/public/v1/connections')

  expect(res.status).toBe(200)
  expect(res.headers['x-dashboard-mode']).toBe('demo')
  expect((res.json() as { data: unknown[] }).data).toHaveLength(12)
})

test('mounts the simulator control API at the app origin in demo mode', async () => {
  await sendRaw(server.url, '/__simulator/reset', { method: 'POST' })
  await sendRaw(server.url, '/api/public/v1/connections')

  const res = await sendRaw(server.url, '/__simulator/calls')

  expect(res.json()).toMatchObject({
    counts: { list: 1 },
    last: { list: { apiKey: 'absent' } },
  })
})

test('tells a person to build first when dist/ is missing', async () => {
  const bare = await startServer(readConfig({ PORT: '0' }), {
    distDir: join(root, 'no-dist'),
    logger: createLogger({ level: 'silent' }),
  })

  const res = await sendRaw(bare.url, '/syncs/abc')
  await bare.close()

  expect(res.status).toBe(503)
  expect(res.text).toContain('npm run build')
})

test('in live mode, forwards with the key, hides the simulator controls and never logs the key', async () => {
  const key = 'live-test-key-0b7e51c3d2'
  const upstream = await startSimulatorServer({ stepMs: 1000, apiKey: key })
  const lines: string[] = []
  const live = await startServer(
    readConfig({
      PORT: '0',
      XPNA_API_KEY: key,
      XPNA_API_URL: upstream.baseUrl,
    }),
    {
      distDir: join(root, 'dist'),
      logger: createLogger({ sink: (line) => lines.push(line) }),
    },
  )

  const list = await sendRaw(live.url, '/api/public/v1/connections')
  const controls = await sendRaw(live.url, '/__simulator/calls')
  await live.close()
  await upstream.close()

  expect(list.status).toBe(200)
  expect(list.headers['x-dashboard-mode']).toBe('live')
  expect(controls.status).toBe(404)
  expect(controls.json()).toMatchObject({
    error: { code: 'not_found', source: 'proxy' },
  })
  expect(lines.join('\n')).not.toContain(key)
  expect(JSON.parse(lines[0] ?? '')).toMatchObject({
    msg: 'dashboard server started',
    mode: 'live',
    hasKey: true,
    upstreamHost: new URL(upstream.url).host,
  })
})

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { readConfig } from './config.ts'
import { startServer, type RunningServer } from './index.ts'
import { createLogger } from './logger.ts'
import { sendRaw } from './testing/http-client.ts'

const HEADER = 'x-forwarded-email'
const START_HEADERS = {
  'content-type': 'application/json',
  'sec-fetch-site': 'same-origin',
}

let root: string
let server: RunningServer
const lines: string[] = []

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dashboard-access-'))
  await mkdir(join(root, 'dist'), { recursive: true })
  await writeFile(join(root, 'dist', 'index.html'), '<!doctype html>')
  server = await startServer(
    readConfig({ PORT: '0', XPNA_TRUSTED_IDENTITY_HEADER: HEADER }),
    {
      distDir: join(root, 'dist'),
      logger: createLogger({ sink: (line) => lines.push(line) }),
    },
  )
})

afterAll(async () => {
  await server.close()
  await rm(root, { recursive: true, force: true })
})

function logEntries() {
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>)
}

test('says in its start-up line that requests need the identity header', () => {
  expect(logEntries()[0]).toMatchObject({
    msg: 'dashboard server started',
    access: `sign-on gateway: requests without the ${HEADER} header get 401`,
  })
})

test.each(['/', '/api/public/v1/connections', '/__simulator/calls'])(
  'answers %s without the identity header with a 401 in JSON',
  async (target) => {
    const res = await sendRaw(server.url, target)

    expect(res.status).toBe(401)
    expect(res.json()).toMatchObject({
      error: { code: 'identity_required', source: 'proxy' },
    })
  },
)

test('refuses a start without identity before it reaches upstream', async () => {
  await sendRaw(server.url, '/__simulator/reset', {
    method: 'POST',
    headers: { [HEADER]: 'ana@example.com' },
  })

  const res = await sendRaw(server.url, '/api/public/v1/connections/sync', {
    method: 'POST',
    headers: START_HEADERS,
    body: JSON.stringify({ entityId: '752fee8c71c22e26f19dcb216c0863bb' }),
  })
  const calls = await sendRaw(server.url, '/__simulator/calls', {
    headers: { [HEADER]: 'ana@example.com' },
  })

  expect(res.status).toBe(401)
  expect((calls.json() as { total: number }).total).toBe(0)
})

test('keeps the health check open to load balancers', async () => {
  const res = await sendRaw(server.url, '/healthz')

  expect(res.status).toBe(200)
})

test('serves a signed-in person and names them in the sync-start log line', async () => {
  const res = await sendRaw(server.url, '/api/public/v1/connections/sync', {
    method: 'POST',
    headers: { ...START_HEADERS, [HEADER]: 'ana@example.com' },
    body: JSON.stringify({ entityId: '752fee8c71c22e26f19dcb216c0863bb' }),
  })

  expect(res.status).toBe(200)
  expect(logEntries().at(-1)).toMatchObject({
    route: 'POST /connections/sync',
    person: 'ana@example.com',
    status: 200,
  })
})

test('refuses to start on a public address with a key and no sign-on', async () => {
  const config = readConfig({
    PORT: '0',
    HOST: '0.0.0.0',
    XPNA_API_KEY: 'exposed-key',
  })

  await expect(
    startServer(config, { logger: createLogger({ level: 'silent' }) }),
  ).rejects.toThrow(/Refusing to listen on 0\.0\.0\.0/)
})

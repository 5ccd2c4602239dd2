import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

import Database from 'better-sqlite3'
import { afterEach, expect, test, vi } from 'vitest'

import { readConfig } from '../config.ts'
import { startServer, type RunningServer } from '../index.ts'
import { createLogger } from '../logger.ts'
import { stableId } from '../simulator/wire.ts'
import { tempLedgerPath } from '../testing/temp-ledger.ts'

const cleanups: (() => Promise<void> | void)[] = []

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).toReversed()) await cleanup()
  vi.unstubAllEnvs()
})

// A demo server whose ledger lives at `path`; its log lines are kept.
async function demoServer(path: string) {
  const lines: { level: string; msg: string; err?: { message: string } }[] = []
  vi.stubEnv('XPNA_LEDGER_PATH', path)
  const server: RunningServer = await startServer(
    readConfig({ PORT: '0', XPNA_SIMULATOR_STEP_MS: '200' }),
    {
      logger: createLogger({
        sink: (line) => lines.push(JSON.parse(line) as (typeof lines)[0]),
      }),
      distDir: mkdtempSync(join(tmpdir(), 'dist-')),
    },
  )
  cleanups.push(() => server.close())
  return {
    url: server.url,
    errors: () => lines.filter((l) => l.level === 'error'),
  }
}

async function readJson(url: string) {
  const answer = await fetch(url)
  return { status: answer.status, body: (await answer.json()) as unknown }
}

test('while something else holds the ledger file locked, syncs still start and the history says it is degraded', async () => {
  const path = tempLedgerPath()
  const server = await demoServer(path)
  const holder = new Database(path)
  holder.exec('BEGIN EXCLUSIVE')
  cleanups.push(() => {
    holder.exec('ROLLBACK')
    holder.close()
  })

  const started = await fetch(`${server.url}/api/public/v1/connections/sync`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: server.url,
      'sec-fetch-site': 'same-origin',
    },
    body: JSON.stringify({ entityId: stableId('entity:Acme Holdings') }),
  })
  const list = await readJson(`${server.url}/api/public/v1/connections`)
  const status = await readJson(`${server.url}/ledger/v1/status`)

  expect(started.status).toBe(200)
  expect(list.status).toBe(200)
  expect(status.body).toMatchObject({
    enabled: true,
    isDegraded: true,
    lastError: 'database is locked',
  })
  expect(server.errors()).toEqual([
    expect.objectContaining({
      msg: 'sync ledger write failed',
      err: expect.objectContaining({ message: 'database is locked' }),
    }),
  ])
}, 15_000)

test('when the ledger file cannot be opened, the connections are still served and the history says why', async () => {
  const blocker = join(dirname(tempLedgerPath()), 'a-file')
  writeFileSync(blocker, 'not a folder')
  const server = await demoServer(join(blocker, 'ledger.sqlite'))

  const list = await readJson(`${server.url}/api/public/v1/connections`)
  const syncs = await readJson(`${server.url}/ledger/v1/syncs`)
  const status = await readJson(`${server.url}/ledger/v1/status`)

  expect(list.status).toBe(200)
  expect((list.body as { data: unknown[] }).data).toHaveLength(12)
  expect(syncs).toEqual({
    status: 503,
    body: {
      error: {
        code: 'ledger_unavailable',
        message: 'The sync history could not be opened; see the server log.',
        source: 'ledger',
      },
    },
  })
  expect(status.body).toMatchObject({ enabled: true, isDegraded: true })
  expect(server.errors().map((line) => line.msg)).toEqual([
    'sync ledger could not be opened',
  ])
})

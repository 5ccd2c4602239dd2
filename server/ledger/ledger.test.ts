import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, expect, test, vi } from 'vitest'

import type { Config } from '../config.ts'
import { createLogger } from '../logger.ts'
import {
  startSimulatorServer,
  type SimulatorServer,
} from '../simulator/server.ts'
import { stableId } from '../simulator/wire.ts'
import { createLedger, type Ledger } from './ledger.ts'
import { createUpstreamClient } from '../upstream-client.ts'
import { toLedgerGet } from './ledger-upstream.ts'

const cleanups: (() => Promise<void> | void)[] = []

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).toReversed()) await cleanup()
})

const FAST = { listQuiet: 100, listBusy: 50, follow: 50 }

// The same client the proxy uses, without the proxy's sharing.
function testUpstream(sim: SimulatorServer) {
  const client = createUpstreamClient({
    apiUrl: sim.baseUrl,
    timeoutMs: 2000,
    maxBodyBytes: 1024 * 1024,
  })
  const read = (path: string) =>
    client.send({
      url: `${sim.baseUrl}${path}`,
      method: 'GET',
      headers: { accept: 'application/json' },
    })
  return { get: toLedgerGet(read), close: () => client.close() }
}

function tempLedgerPath() {
  return join(mkdtempSync(join(tmpdir(), 'ledger-')), 'ledger.sqlite')
}

async function simulator() {
  const sim = await startSimulatorServer({ stepMs: 300 })
  cleanups.push(() => sim.close())
  return sim
}

async function ledgerFor(sim: SimulatorServer, path: string) {
  const upstream = testUpstream(sim)
  const config = { mode: 'live' } as Config
  const ledger = await createLedger({
    config,
    env: { XPNA_LEDGER_PATH: path },
    logger: createLogger({ level: 'silent' }),
    get: upstream.get,
    paceMs: FAST,
  })
  cleanups.push(async () => {
    ledger.close()
    await upstream.close()
  })
  return ledger
}

async function startSync(sim: SimulatorServer, entityName: string) {
  const response = await fetch(`${sim.baseUrl}/connections/sync`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ entityId: stableId(`entity:${entityName}`) }),
  })
  const body = (await response.json()) as { data: { syncId: string } }
  return body.data.syncId
}

function recorded(ledger: Ledger, syncId: string) {
  return ledger.store?.get(syncId) ?? null
}

test('records a sync it only sees in the connection list, as started elsewhere', async () => {
  const sim = await simulator()
  const syncId = await startSync(sim, 'Acme Holdings')

  const ledger = await ledgerFor(sim, tempLedgerPath())

  await vi.waitFor(() => expect(recorded(ledger, syncId)?.isFinal).toBe(true), {
    timeout: 5000,
  })
  expect(recorded(ledger, syncId)).toMatchObject({
    entityName: 'Acme Holdings',
    sourceSystem: 'QuickBooks',
    status: 'completed',
    startedByKind: 'elsewhere',
  })
  expect(recorded(ledger, syncId)?.steps.map((s) => s.status)).toEqual([
    'completed',
    'completed',
    'completed',
    'completed',
  ])
  expect(recorded(ledger, syncId)?.requestId).toMatch(/^00-[0-9a-f]{32}-/)
})

test('records who started a sync through the proxy', async () => {
  const sim = await simulator()
  const ledger = await ledgerFor(sim, tempLedgerPath())
  const syncId = await startSync(sim, 'Globex UK Ltd')

  ledger.noteStart({
    syncId,
    entityId: stableId('entity:Globex UK Ltd'),
    person: 'maria@example.com',
    requestId: null,
    correlationId: null,
  })

  await vi.waitFor(() => expect(recorded(ledger, syncId)?.isFinal).toBe(true), {
    timeout: 5000,
  })
  expect(recorded(ledger, syncId)).toMatchObject({
    status: 'failed',
    startedByKind: 'person',
    startedBy: 'maria@example.com',
  })
})

test('a restart mid-sync loses nothing and records nothing twice', async () => {
  const sim = await simulator()
  const path = tempLedgerPath()
  const first = await ledgerFor(sim, path)
  const syncId = await startSync(sim, 'Acme Holdings')
  first.noteStart({
    syncId,
    entityId: stableId('entity:Acme Holdings'),
    person: null,
    requestId: null,
    correlationId: null,
  })
  await vi.waitFor(
    () => expect(recorded(first, syncId)?.status).toBe('running'),
    {
      timeout: 5000,
    },
  )
  first.close()

  const second = await ledgerFor(sim, path)

  await vi.waitFor(() => expect(recorded(second, syncId)?.isFinal).toBe(true), {
    timeout: 5000,
  })
  expect(recorded(second, syncId)?.startedByKind).toBe('dashboard')
  expect(
    second.store
      ?.list({ entityId: stableId('entity:Acme Holdings') })
      .syncs.filter((s) => s.syncId === syncId),
  ).toHaveLength(1)
})

test('once stopped, the ledger is one self-contained file a person can copy', async () => {
  const sim = await simulator()
  const path = tempLedgerPath()
  const ledger = await ledgerFor(sim, path)
  ledger.noteStart({
    syncId: await startSync(sim, 'Acme Holdings'),
    entityId: stableId('entity:Acme Holdings'),
    person: null,
    requestId: null,
    correlationId: null,
  })
  const hadLog = existsSync(`${path}-wal`)

  ledger.close()

  expect(hadLog).toBe(true)
  expect(existsSync(`${path}-wal`)).toBe(false)
})

test('keeps serving when the ledger file cannot be opened', async () => {
  const sim = await simulator()

  const blocker = join(mkdtempSync(join(tmpdir(), 'ledger-')), 'a-file')
  writeFileSync(blocker, 'not a folder')

  const ledger = await ledgerFor(sim, join(blocker, 'ledger.sqlite'))

  expect(ledger.store).toBeNull()
})

test('when switched off it says so and serves no history', async () => {
  const sim = await simulator()
  const upstream = testUpstream(sim)
  const ledger = await createLedger({
    config: { mode: 'live' } as Config,
    env: { XPNA_LEDGER: 'off' },
    logger: createLogger({ level: 'silent' }),
    get: upstream.get,
  })
  cleanups.push(async () => {
    ledger.close()
    await upstream.close()
  })
  const server = createServer((req, res) =>
    ledger.handle(req, res, () => res.end('next')),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  cleanups.push(
    () => new Promise<void>((resolve) => server.close(() => resolve())),
  )
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const status = await fetch(`${base}/ledger/v1/status`)
  const syncs = await fetch(`${base}/ledger/v1/syncs`)

  expect(await status.json()).toMatchObject({ enabled: false })
  expect(syncs.status).toBe(404)
  expect(ledger.store).toBeNull()
})

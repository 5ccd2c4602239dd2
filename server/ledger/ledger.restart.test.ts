import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, expect, test, vi } from 'vitest'

import { readConfig } from '../config.ts'
import { startServer } from '../index.ts'
import { createLogger } from '../logger.ts'
import { startSimulatorServer } from '../simulator/server.ts'
import { stableId } from '../simulator/wire.ts'
import { spawnServer } from '../testing/spawned-server.ts'
import { tempLedgerPath } from '../testing/temp-ledger.ts'

const cleanups: (() => Promise<void>)[] = []

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).toReversed()) await cleanup()
  vi.unstubAllEnvs()
})

const KEY = 'restart-test-key'
const ACME = stableId('entity:Acme Holdings')

interface Recorded {
  syncId: string
  entityName: string | null
  status: string
  isFinal: boolean
  startedByKind: string
  steps: { name: string; status: string; count: number | null }[]
}

async function startThroughProxy(base: string, entityId: string) {
  const answer = await fetch(`${base}/api/public/v1/connections/sync`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: base,
      'sec-fetch-site': 'same-origin',
    },
    body: JSON.stringify({ entityId }),
  })
  const { data } = (await answer.json()) as { data: { syncId: string } }
  return data.syncId
}

async function recorded(base: string, syncId: string) {
  const answer = await fetch(`${base}/ledger/v1/syncs/${syncId}`)
  const { data } = (await answer.json()) as { data?: Recorded }
  return data
}

test('a server killed mid-sync and started again on its file records that sync once, with every step and its end', async () => {
  // xPnA outlives our server, so the simulator runs beside both of them.
  const sim = await startSimulatorServer({ stepMs: 2500, apiKey: KEY })
  cleanups.push(() => sim.close())
  const path = tempLedgerPath()
  const live = {
    XPNA_API_KEY: KEY,
    XPNA_API_URL: sim.baseUrl,
    XPNA_LEDGER_PATH: path,
  }
  const first = await spawnServer(live)
  cleanups.push(() => first.kill())
  const syncId = await startThroughProxy(first.url, ACME)
  await vi.waitFor(
    async () =>
      expect(await recorded(first.url, syncId)).toMatchObject({
        status: 'running',
        isFinal: false,
      }),
    { timeout: 12_000, interval: 200 },
  )

  await first.kill()
  // From here on the connection list fails: only the unfinished syncs in
  // the ledger file can lead the new server to this one.
  await fetch(`${sim.url}/__simulator/scenario`, {
    method: 'POST',
    body: JSON.stringify({ name: 'server-error', routes: ['list'] }),
  })
  vi.stubEnv('XPNA_LEDGER_PATH', path)
  const second = await startServer(readConfig({ ...live, PORT: '0' }), {
    logger: createLogger({ level: 'silent' }),
    distDir: mkdtempSync(join(tmpdir(), 'dist-')),
  })
  cleanups.push(() => second.close())

  // The new server follows at its real pace, a status read every 5 s.
  await vi.waitFor(
    async () =>
      expect((await recorded(second.url, syncId))?.isFinal).toBe(true),
    { timeout: 20_000, interval: 250 },
  )
  const list = await fetch(`${second.url}/ledger/v1/syncs?entityId=${ACME}`)
  const { data: syncs } = (await list.json()) as { data: Recorded[] }
  const listed = await fetch(`${sim.url}/api/public/v1/connections`, {
    headers: { 'x-api-key': KEY },
  })

  expect(listed.status).toBe(500)
  expect(syncs.filter((sync) => sync.syncId === syncId)).toEqual([
    expect.objectContaining({
      entityName: 'Acme Holdings',
      status: 'completed',
      isFinal: true,
      startedByKind: 'dashboard',
      steps: [
        expect.objectContaining({
          name: 'Extract',
          status: 'completed',
          count: expect.any(Number),
        }),
        expect.objectContaining({
          name: 'Transform',
          status: 'completed',
          count: expect.any(Number),
        }),
        expect.objectContaining({
          name: 'Load',
          status: 'completed',
          count: expect.any(Number),
        }),
        expect.objectContaining({
          name: 'Validate',
          status: 'completed',
          count: expect.any(Number),
        }),
      ],
    }),
  ])
}, 40_000)

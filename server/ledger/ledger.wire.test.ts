import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import Database from 'better-sqlite3'
import { afterEach, expect, test, vi } from 'vitest'

import { readConfig } from '../config.ts'
import { startServer, type RunningServer } from '../index.ts'
import { createLogger } from '../logger.ts'
import { stableId } from '../simulator/wire.ts'
import { tempLedgerPath } from '../testing/temp-ledger.ts'

let server: RunningServer | null = null

afterEach(async () => {
  await server?.close()
  server = null
  vi.unstubAllEnvs()
})

const person = { 'x-forwarded-email': 'maria@example.com' }

test('a sync started through the proxy is recorded with the signed-in person', async () => {
  const path = tempLedgerPath()
  // The server reads the ledger's settings from the process, where the
  // test setup points them at memory.
  vi.stubEnv('XPNA_LEDGER_PATH', path)
  server = await startServer(
    readConfig({
      PORT: '0',
      XPNA_SIMULATOR_STEP_MS: '200',
      XPNA_TRUSTED_IDENTITY_HEADER: 'x-forwarded-email',
    }),
    {
      logger: createLogger({ level: 'silent' }),
      distDir: mkdtempSync(join(tmpdir(), 'dist-')),
    },
  )
  const base = server.url

  const started = await fetch(`${base}/api/public/v1/connections/sync`, {
    method: 'POST',
    headers: {
      ...person,
      'content-type': 'application/json',
      origin: base,
      'sec-fetch-site': 'same-origin',
    },
    body: JSON.stringify({ entityId: stableId('entity:Acme Holdings') }),
  })
  const { data } = (await started.json()) as { data: { syncId: string } }

  await vi.waitFor(
    async () => {
      const answer = await fetch(`${base}/ledger/v1/syncs/${data.syncId}`, {
        headers: person,
      })
      const { data: recorded } = (await answer.json()) as {
        data: {
          isFinal: boolean
          startedByKind: string
          startedBy: string
          status: string
        }
      }
      expect(recorded).toMatchObject({
        isFinal: true,
        status: 'completed',
        startedByKind: 'person',
        startedBy: 'maria@example.com',
      })
    },
    // The watcher follows at its real pace (5 s) here.
    { timeout: 12_000, interval: 250 },
  )
  const file = new Database(path, { readonly: true })
  const row = file
    .prepare('SELECT started_by_kind, started_by FROM syncs WHERE sync_id = ?')
    .get(data.syncId)
  file.close()

  expect(row).toEqual({
    started_by_kind: 'person',
    started_by: 'maria@example.com',
  })
}, 15_000)

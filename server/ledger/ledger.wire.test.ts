import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, expect, test, vi } from 'vitest'

import { readConfig } from '../config.ts'
import { startServer, type RunningServer } from '../index.ts'
import { createLogger } from '../logger.ts'
import { stableId } from '../simulator/wire.ts'

let server: RunningServer | null = null

afterEach(async () => {
  await server?.close()
  server = null
})

const person = { 'x-forwarded-email': 'maria@example.com' }

test('a sync started through the proxy is recorded with the signed-in person', async () => {
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
}, 15_000)

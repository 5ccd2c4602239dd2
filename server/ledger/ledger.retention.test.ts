import { afterEach, expect, test, vi } from 'vitest'

import type { Config } from '../config.ts'
import { createLogger } from '../logger.ts'
import { tempLedgerPath } from '../testing/temp-ledger.ts'
import { createLedger } from './ledger.ts'
import { openLedgerDb } from './ledger-db.ts'
import { createLedgerStore, type LedgerStore } from './ledger-store.ts'

const NOW = new Date('2026-06-01T00:00:00.000Z')
const HOUR_MS = 60 * 60_000
const DAY_MS = 24 * HOUR_MS

afterEach(() => {
  vi.useRealTimers()
})

function daysAgo(days: number) {
  return new Date(NOW.getTime() - days * DAY_MS).toISOString()
}

function record(store: LedgerStore, syncId: string, startedAt: string) {
  const isFinal = syncId !== 'still-running'
  store.recordSnapshot({
    snapshot: {
      syncId,
      status: isFinal ? 'completed' : 'running',
      message: null,
      startedAt,
      completedAt: isFinal ? startedAt : null,
      steps: [],
    },
    entity: { entityId: 'e1', entityName: 'Acme', sourceSystem: 'Xero' },
    requestId: null,
    correlationId: null,
  })
}

// xPnA never answers here: only the retention can change what is kept.
async function openLedger(path: string, retentionDays: string) {
  const ledger = await createLedger({
    config: { mode: 'live' } as Config,
    env: { XPNA_LEDGER_PATH: path, XPNA_LEDGER_RETENTION_DAYS: retentionDays },
    logger: createLogger({ level: 'silent' }),
    get: () => Promise.resolve({ status: 0, body: null, retryAfterMs: null }),
  })
  return ledger
}

function kept(store: LedgerStore | null) {
  return store?.list().syncs.map((sync) => sync.syncId)
}

test('opening the ledger drops finished syncs older than the retention', async () => {
  vi.useFakeTimers({ now: NOW })
  const path = tempLedgerPath()
  const earlier = openLedgerDb(path)
  const store = createLedgerStore(earlier)
  record(store, 'last-month', daysAgo(29))
  record(store, 'two-months-ago', daysAgo(61))
  record(store, 'still-running', daysAgo(90))
  earlier.close()

  const ledger = await openLedger(path, '30')

  expect(kept(ledger.store)).toEqual(['last-month', 'still-running'])
  ledger.close()
})

test('a running ledger drops a sync within six hours of it passing the retention', async () => {
  vi.useFakeTimers({ now: NOW })
  const ledger = await openLedger(tempLedgerPath(), '30')
  const store = ledger.store as LedgerStore
  record(
    store,
    'ages-out-soon',
    new Date(NOW.getTime() - 30 * DAY_MS + 2 * HOUR_MS).toISOString(),
  )
  record(store, 'last-week', daysAgo(7))

  await vi.advanceTimersByTimeAsync(5 * HOUR_MS)
  const beforeTheNextPrune = kept(store)
  await vi.advanceTimersByTimeAsync(1 * HOUR_MS)

  expect(beforeTheNextPrune).toEqual(['last-week', 'ages-out-soon'])
  expect(kept(store)).toEqual(['last-week'])
  ledger.close()
})

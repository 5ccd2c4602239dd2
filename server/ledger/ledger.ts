import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Config } from '../config.ts'
import { splitTarget, writeJson } from '../http-io.ts'
import type { Logger } from '../logger.ts'
import { readLedgerConfig } from './ledger-config.ts'
import { openLedgerDb } from './ledger-db.ts'
import {
  handleLedgerRequest,
  LEDGER_PREFIX,
  type LedgerHealth,
} from './ledger-routes.ts'
import { createLedgerStore, type LedgerStore } from './ledger-store.ts'
import type { StartedByKind } from './ledger-types.ts'
import { createWatcher, type UpstreamGet } from './watcher.ts'

const DAY_MS = 24 * 60 * 60_000
const PRUNE_EVERY_MS = 6 * 60 * 60_000
// One error line a minute is enough to see a full disk without drowning logs.
const ERROR_LOG_INTERVAL_MS = 60_000

export interface Ledger {
  /** Serves `/ledger/v1/*`; anything else goes to `next()`. */
  handle(req: IncomingMessage, res: ServerResponse, next: () => void): void
  /** A start accepted by xPnA through this server's proxy. */
  noteStart(start: {
    syncId: string
    entityId: string
    person: string | null
    requestId: string | null
    correlationId: string | null
  }): void
  store: LedgerStore | null
  close(): void
}

interface LedgerOptions {
  config: Config
  env: NodeJS.ProcessEnv
  logger: Logger
  get: UpstreamGet
  paceMs?: Parameters<typeof createWatcher>[0]['paceMs']
}

/**
 * The history xPnA does not keep. A failure to open or write the file is
 * logged and reported by /ledger/v1/status; the proxy and the live views
 * never depend on it.
 */
export async function createLedger({
  config,
  env,
  logger,
  get,
  paceMs,
}: LedgerOptions): Promise<Ledger> {
  const ledgerConfig = readLedgerConfig(env, config.mode)
  const health: LedgerHealth = { isDegraded: false, lastError: null }
  let lastLoggedAt = 0

  function onStoreError(error: unknown, msg = 'sync ledger write failed') {
    health.isDegraded = true
    health.lastError = error instanceof Error ? error.message : String(error)
    if (Date.now() - lastLoggedAt < ERROR_LOG_INTERVAL_MS) return
    lastLoggedAt = Date.now()
    logger.error(msg, { err: error, ledgerPath: ledgerConfig.path })
  }

  const store = ledgerConfig.isEnabled
    ? openStore(ledgerConfig.path, (error) =>
        onStoreError(error, 'sync ledger could not be opened'),
      )
    : null
  if (store && config.mode === 'demo' && store.count() === 0)
    await seedDemoHistory(store)
  const watcher = store
    ? createWatcher({ get, store, logger, paceMs, onStoreError })
    : null
  const prune = () => {
    try {
      store?.prune(
        new Date(
          Date.now() - ledgerConfig.retentionDays * DAY_MS,
        ).toISOString(),
      )
    } catch (error) {
      onStoreError(error)
    }
  }
  prune()
  const pruneTimer = setInterval(prune, PRUNE_EVERY_MS)
  pruneTimer.unref()
  watcher?.start()

  return {
    store,
    handle(req, res, next) {
      const { path } = splitTarget(req.url ?? '')
      if (!path.startsWith(LEDGER_PREFIX)) return next()
      if (store) return handleLedgerRequest(req, res, store, health)
      sendUnavailable(res, path, ledgerConfig.isEnabled, health)
    },
    noteStart({ syncId, entityId, person, requestId, correlationId }) {
      if (!store?.isOpen() || !watcher) return
      const startedByKind: StartedByKind = person ? 'person' : 'dashboard'
      try {
        store.noteStart({
          syncId,
          entityId,
          startedByKind,
          startedBy: person,
          requestId,
          correlationId,
        })
      } catch (error) {
        onStoreError(error)
      }
      watcher.follow(syncId, entityId)
    },
    close() {
      watcher?.stop()
      clearInterval(pruneTimer)
      if (store?.isOpen()) store.close()
    },
  }
}

function sendUnavailable(
  res: ServerResponse,
  path: string,
  isEnabled: boolean,
  health: LedgerHealth,
) {
  if (path === `${LEDGER_PREFIX}status`) {
    return writeJson(res, 200, { enabled: isEnabled, ...health, count: 0 })
  }
  const message = isEnabled
    ? 'The sync history could not be opened; see the server log.'
    : 'The sync history is switched off (XPNA_LEDGER=off).'
  writeJson(res, isEnabled ? 503 : 404, {
    error: {
      code: isEnabled ? 'ledger_unavailable' : 'ledger_off',
      message,
      source: 'ledger',
    },
  })
}

function openStore(path: string, onError: (error: unknown) => void) {
  try {
    return createLedgerStore(openLedgerDb(path))
  } catch (error) {
    onError(error)
    return null
  }
}

async function seedDemoHistory(store: LedgerStore) {
  const { demoHistory } = await import('../simulator/demo-history.ts')
  store.batch(() =>
    demoHistory(Date.now()).forEach((item) => {
      store.recordSnapshot({
        snapshot: item.sync,
        entity: item,
        requestId: null,
        correlationId: null,
      })
      if (item.startedBy.kind !== 'elsewhere') {
        store.noteStart({
          syncId: item.sync.syncId,
          entityId: item.entityId,
          startedByKind: item.startedBy.kind,
          startedBy: item.startedBy.who,
          requestId: null,
          correlationId: null,
        })
      }
    }),
  )
}

import type { Logger } from '../logger.ts'
import type { LedgerStore } from './ledger-store.ts'
import type { EntityInfo } from './ledger-types.ts'
import { readConnections, readIds, readSyncStatus } from './upstream-reading.ts'
import {
  FOLLOW_MS,
  listBaseMs,
  nextDelayMs,
  untilClockTick,
} from './watch-schedule.ts'

/** One GET answered by the proxy's upstream path; status 0: no answer. */
export interface UpstreamAnswer {
  status: number
  body: unknown
  retryAfterMs: number | null
}

export type UpstreamGet = (path: string) => Promise<UpstreamAnswer>

interface WatcherOptions {
  get: UpstreamGet
  store: LedgerStore
  logger: Logger
  /** Shorter paces for tests; the defaults suit a real workspace. */
  paceMs?: { listQuiet?: number; listBusy?: number; follow?: number }
  /** Reports a failed ledger write, so the ledger can say it is degraded. */
  onStoreError: (error: unknown) => void
}

// Few status reads at once: enough to keep up after a morning of schedules,
// few enough that the watcher never crowds out people's own requests.
const FOLLOW_CONCURRENCY = 4

/**
 * Follows every sync it sees in the connection list, and every sync noted as
 * started here, until each reaches a final status; records each state in
 * the ledger. Syncs left unfinished by a previous run are picked up again.
 */
export function createWatcher({
  get,
  store,
  logger,
  paceMs = {},
  onStoreError,
}: WatcherOptions) {
  const following = new Map<string, EntityInfo | null>()
  const entities = new Map<string, EntityInfo>()
  const timers = {
    list: undefined as NodeJS.Timeout | undefined,
    follow: undefined as NodeJS.Timeout | undefined,
  }
  const failures = { list: 0, follow: 0 }
  const misses = new Map<string, number>()
  let isBusy = false
  let isStopped = false

  // A read that was in flight when the ledger closed finds the file gone;
  // its answer is dropped rather than reported as a failed write.
  function safely<T>(write: () => T): T | undefined {
    if (isStopped) return undefined
    try {
      return write()
    } catch (error) {
      onStoreError(error)
      return undefined
    }
  }

  async function readList() {
    const answer = await get('/connections')
    const connections =
      answer.status === 200 ? readConnections(answer.body) : null
    if (!connections) return { ok: false, retryAfterMs: answer.retryAfterMs }
    isBusy = connections.some((c) => c.isCurrentlySyncing)
    for (const {
      lastSyncId,
      isCurrentlySyncing: _busy,
      ...entity
    } of connections) {
      entities.set(entity.entityId, entity)
      if (!lastSyncId || following.has(lastSyncId)) continue
      if (safely(() => store.isFinal(lastSyncId))) continue
      following.set(lastSyncId, entity)
    }
    return { ok: true, retryAfterMs: null }
  }

  async function readOne(syncId: string) {
    const answer = await get(
      `/connections/sync/${encodeURIComponent(syncId)}/status`,
    )
    const snapshot =
      answer.status === 200 ? readSyncStatus(answer.body, syncId) : null
    if (answer.status === 404) return forget(syncId)
    if (!snapshot) return { ok: false, retryAfterMs: answer.retryAfterMs }
    misses.delete(syncId)
    const known = following.get(syncId) ?? null
    const entity =
      known ??
      entities.get(safely(() => store.get(syncId))?.entityId ?? '') ??
      null
    safely(() =>
      store.recordSnapshot({ snapshot, entity, ...readIds(answer.body) }),
    )
    if (safely(() => store.isFinal(syncId))) following.delete(syncId)
    return { ok: true, retryAfterMs: null }
  }

  // xPnA may stop knowing an old sync. After a few 404s in a row it is left
  // unfinished in the ledger and no longer asked about until a restart.
  function forget(syncId: string) {
    const count = (misses.get(syncId) ?? 0) + 1
    misses.set(syncId, count)
    if (count >= 3) {
      following.delete(syncId)
      misses.delete(syncId)
      logger.warn('ledger stopped following a sync xPnA does not know', {
        syncId,
      })
    }
    return { ok: true, retryAfterMs: null }
  }

  async function followAll() {
    const queue = [...following.keys()]
    const results: { ok: boolean; retryAfterMs: number | null }[] = []
    async function worker() {
      for (let syncId = queue.shift(); syncId; syncId = queue.shift()) {
        results.push(await readOne(syncId))
      }
    }
    await Promise.all(Array.from({ length: FOLLOW_CONCURRENCY }, worker))
    const retryAfterMs = Math.max(0, ...results.map((r) => r.retryAfterMs ?? 0))
    return {
      ok: results.every((r) => r.ok),
      retryAfterMs: retryAfterMs || null,
    }
  }

  function loop(
    name: 'list' | 'follow',
    run: () => Promise<{ ok: boolean; retryAfterMs: number | null }>,
    baseMs: () => number,
  ) {
    const tick = async () => {
      const result = await run().catch((error: unknown) => {
        logger.warn('ledger watcher read failed', {
          loop: name,
          error: String(error),
        })
        return { ok: false, retryAfterMs: null }
      })
      failures[name] = result.ok ? 0 : failures[name] + 1
      if (isStopped) return
      const isCalm = failures[name] === 0 && result.retryAfterMs === null
      const delay = isCalm
        ? untilClockTick(baseMs(), Date.now())
        : nextDelayMs({
            baseMs: baseMs(),
            failures: failures[name],
            retryAfterMs: result.retryAfterMs,
            random: Math.random(),
          })
      timers[name] = setTimeout(() => void tick(), delay)
      timers[name].unref()
    }
    return tick
  }

  const listTick = loop(
    'list',
    readList,
    () =>
      paceMs[isBusy || following.size > 0 ? 'listBusy' : 'listQuiet'] ??
      listBaseMs(isBusy || following.size > 0),
  )
  const followTick = loop('follow', followAll, () => paceMs.follow ?? FOLLOW_MS)

  return {
    start() {
      for (const { syncId } of safely(() => store.unfinished()) ?? []) {
        following.set(syncId, null)
      }
      void listTick()
      void followTick()
    },
    /** A sync started through the proxy: follow it from now on. */
    follow(syncId: string, entityId: string) {
      following.set(
        syncId,
        entities.get(entityId) ?? {
          entityId,
          entityName: null,
          sourceSystem: null,
        },
      )
    },
    stop() {
      isStopped = true
      clearTimeout(timers.list)
      clearTimeout(timers.follow)
    },
  }
}

import type { IncomingMessage, ServerResponse } from 'node:http'

import { splitTarget, writeJson } from '../http-io.ts'
import { isTimeZone, toCsv } from './ledger-csv.ts'
import type { LedgerStore } from './ledger-store.ts'
import type { SyncFilter } from './ledger-types.ts'

export const LEDGER_PREFIX = '/ledger/v1/'

// The CSV is for a period's evidence, not a database dump.
const MAX_EXPORT_ROWS = 50_000
const ID = /^[A-Za-z0-9_-]{1,128}$/

export interface LedgerHealth {
  isDegraded: boolean
  lastError: string | null
}

type Problem = { status: number; message: string }

function readFilter(query: URLSearchParams): SyncFilter | Problem {
  const filter: SyncFilter = {}
  const entityId = query.get('entityId')
  if (entityId !== null) {
    if (!ID.test(entityId))
      return { status: 400, message: 'entityId is not a valid id.' }
    filter.entityId = entityId
  }
  const statuses = query.getAll('status').filter(Boolean)
  if (statuses.length) filter.statuses = statuses
  for (const key of ['since', 'until'] as const) {
    const value = query.get(key)
    if (value === null) continue
    const time = Date.parse(value)
    if (Number.isNaN(time)) {
      return { status: 400, message: `${key} must be an ISO date and time.` }
    }
    filter[key] = new Date(time).toISOString()
  }
  const limit = query.get('limit')
  if (limit !== null) {
    const n = Number(limit)
    if (!Number.isInteger(n) || n < 1) {
      return {
        status: 400,
        message: 'limit must be a whole number of at least 1.',
      }
    }
    filter.limit = n
  }
  const cursor = query.get('cursor')
  if (cursor) filter.cursor = cursor
  return filter
}

function isProblem(value: SyncFilter | Problem): value is Problem {
  return 'status' in value && typeof value.status === 'number'
}

function problem(res: ServerResponse, { status, message }: Problem) {
  writeJson(res, status, {
    error: { code: 'ledger_request', message, source: 'ledger' },
  })
}

/**
 * Our own read-only history API. Never forwarded to xPnA, never writes:
 * GET /ledger/v1/status, /syncs, /syncs.csv and /syncs/{syncId}.
 */
export function handleLedgerRequest(
  req: IncomingMessage,
  res: ServerResponse,
  store: LedgerStore,
  health: LedgerHealth,
) {
  const target = req.url ?? ''
  const { path } = splitTarget(target)
  const query = new URLSearchParams(target.slice(path.length + 1))
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return problem(res, { status: 405, message: 'The ledger is read-only.' })
  }
  const route = path.slice(LEDGER_PREFIX.length)

  try {
    if (route === 'status') {
      return writeJson(res, 200, {
        enabled: true,
        ...health,
        count: store.count(),
      })
    }
    if (route === 'syncs' || route === 'syncs.csv') {
      const filter = readFilter(query)
      if (isProblem(filter)) return problem(res, filter)
      if (route === 'syncs') {
        const page = store.list(filter)
        return writeJson(res, 200, {
          data: page.syncs,
          meta: { nextCursor: page.nextCursor },
        })
      }
      return sendCsv(res, store, filter, query.get('tz') ?? 'UTC')
    }
    const syncId = route.startsWith('syncs/')
      ? route.slice('syncs/'.length)
      : ''
    if (ID.test(syncId)) {
      const sync = store.get(syncId)
      if (sync) return writeJson(res, 200, { data: sync })
      return problem(res, {
        status: 404,
        message: 'The ledger has no record of this sync.',
      })
    }
    return problem(res, {
      status: 404,
      message: 'No ledger route matches this request.',
    })
  } catch (error) {
    health.isDegraded = true
    health.lastError = error instanceof Error ? error.message : String(error)
    return problem(res, {
      status: 503,
      message: 'The sync history is unavailable right now.',
    })
  }
}

function sendCsv(
  res: ServerResponse,
  store: LedgerStore,
  filter: SyncFilter,
  tz: string,
) {
  if (!isTimeZone(tz))
    return problem(res, { status: 400, message: `"${tz}" is not a time zone.` })
  const rows = []
  let cursor: string | undefined
  do {
    const page = store.list({ ...filter, limit: 500, cursor })
    rows.push(...page.syncs)
    cursor = page.nextCursor ?? undefined
  } while (cursor && rows.length < MAX_EXPORT_ROWS)
  const body = toCsv(rows.slice(0, MAX_EXPORT_ROWS), tz)
  const day = new Date().toISOString().slice(0, 10)
  res.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="xpna-syncs-${day}.csv"`,
    'cache-control': 'no-store',
  })
  res.end(body)
}

import type { Connection } from '../../api/connections.ts'
import {
  connectionHealth,
  isFailureStatus,
  type Health,
} from '../../lib/status.ts'
import type {
  OverviewSearch,
  Readiness,
  SortDirection,
  SortKey,
} from './overview-search.ts'

/** A connection with what the overview derives from it, computed once per answer. */
export type ConnectionRow = {
  connection: Connection
  health: Health
  /** Null for an inactive connection: it is not part of the close. */
  readiness: Readiness | null
  /** Name, id and source in lower case, for the search box. */
  haystack: string
  /** Position in name order, so ties break without comparing strings again. */
  nameRank: number
}

const HEALTH_RANK: Record<Health, number> = {
  error: 0,
  overdue: 1,
  syncing: 2,
  healthy: 3,
  inactive: 4,
}

const collator = new Intl.Collator(undefined, {
  numeric: true,
  sensitivity: 'base',
})

/**
 * Fresh means the data can be consolidated: synced since the cut-off, and
 * that sync did not fail. A connection syncing now is judged by the data it
 * holds until that sync ends.
 */
export function readinessOf(
  connection: Connection,
  cutoff: Date,
): Readiness | null {
  if (!connection.isActive) return null
  const lastFailed =
    connection.lastSyncStatus !== null &&
    isFailureStatus(connection.lastSyncStatus)
  const isFresh =
    connection.lastSyncAt !== null &&
    connection.lastSyncAt >= cutoff &&
    !connection.hasError &&
    !lastFailed
  return isFresh ? 'fresh' : 'stale'
}

export function prepareRows(
  connections: readonly Connection[],
  now: Date,
  cutoff: Date,
): ConnectionRow[] {
  const byName = connections
    .map((connection, index) => ({ name: connection.entityName, index }))
    .toSorted((a, b) => collator.compare(a.name, b.name))
  const nameRanks: number[] = []
  byName.forEach(({ index }, rank) => (nameRanks[index] = rank))

  return connections.map((connection, index) => ({
    connection,
    health: connectionHealth(connection, now),
    readiness: readinessOf(connection, cutoff),
    haystack: [
      connection.entityName,
      connection.entityId,
      connection.sourceSystem ?? '',
    ]
      .join('\n')
      .toLowerCase(),
    nameRank: nameRanks[index] ?? index,
  }))
}

type Compare = (a: ConnectionRow, b: ConnectionRow) => number

function byTime(pick: (c: Connection) => Date | null): Compare {
  return (a, b) =>
    (pick(a.connection)?.getTime() ?? 0) - (pick(b.connection)?.getTime() ?? 0)
}

function byText(pick: (c: Connection) => string | null): Compare {
  return (a, b) =>
    collator.compare(pick(a.connection) ?? '', pick(b.connection) ?? '')
}

const COMPARE: Record<SortKey, Compare> = {
  health: (a, b) => HEALTH_RANK[a.health] - HEALTH_RANK[b.health],
  entity: () => 0,
  source: byText((c) => c.sourceSystem),
  lastSync: byTime((c) => c.lastSyncAt),
  lastStatus: byText((c) => c.lastSyncStatus),
  nextSync: byTime((c) => c.nextScheduledSyncAt),
}

const MISSING: Partial<Record<SortKey, (c: Connection) => unknown>> = {
  source: (c) => c.sourceSystem,
  lastSync: (c) => c.lastSyncAt,
  lastStatus: (c) => c.lastSyncStatus,
  nextSync: (c) => c.nextScheduledSyncAt,
}

/**
 * Rows in the chosen order. Ties fall back to the entity name, and rows
 * without a value for the column ("Never", "Not scheduled") come last in
 * either direction, so flipping a column never buries the real values.
 */
export function sortRows(
  rows: readonly ConnectionRow[],
  sort: SortKey = 'health',
  dir: SortDirection = 'asc',
): ConnectionRow[] {
  const sign = dir === 'desc' ? -1 : 1
  const compare = COMPARE[sort]
  const missing = MISSING[sort]

  return rows.toSorted((a, b) => {
    if (missing) {
      const aMissing = missing(a.connection) == null
      const bMissing = missing(b.connection) == null
      if (aMissing !== bMissing) return aMissing ? 1 : -1
    }
    return sign * (compare(a, b) || a.nameRank - b.nameRank)
  })
}

/**
 * The rows a search and its filters keep, in the order given. Every word of
 * the search text must appear in the name, id or source system.
 */
export function filterRows(
  rows: readonly ConnectionRow[],
  search: Pick<OverviewSearch, 'q' | 'health' | 'source' | 'ready'>,
): ConnectionRow[] {
  const words = (search.q ?? '').toLowerCase().split(/\s+/).filter(Boolean)
  const { health, source, ready } = search

  if (!words.length && !health && !source && !ready) return rows.slice()
  return rows.filter(
    (row) =>
      (!health || row.health === health) &&
      (!source || row.connection.sourceSystem === source) &&
      (!ready || row.readiness === ready) &&
      words.every((word) => row.haystack.includes(word)),
  )
}

export function countByHealth(rows: readonly ConnectionRow[]) {
  const counts: Record<Health, number> = {
    error: 0,
    syncing: 0,
    overdue: 0,
    inactive: 0,
    healthy: 0,
  }
  for (const row of rows) counts[row.health]++
  return counts
}

export function countByReadiness(rows: readonly ConnectionRow[]) {
  const counts: Record<Readiness, number> = { fresh: 0, stale: 0 }
  for (const row of rows) if (row.readiness) counts[row.readiness]++
  return counts
}

/** Every source system present, in name order, for the filter's choices. */
export function sourceSystemsOf(connections: readonly Connection[]) {
  const names = new Set<string>()
  for (const c of connections) if (c.sourceSystem) names.add(c.sourceSystem)
  return [...names].toSorted(collator.compare)
}

import type { Health } from '../../lib/status.ts'

export const HEALTH_FILTERS = [
  'error',
  'syncing',
  'overdue',
  'inactive',
  'healthy',
] as const satisfies readonly Health[]

export const SORT_KEYS = [
  'health',
  'entity',
  'source',
  'lastSync',
  'lastStatus',
  'nextSync',
] as const
export type SortKey = (typeof SORT_KEYS)[number]
export type SortDirection = 'asc' | 'desc'

export const READINESS = ['fresh', 'stale'] as const
export type Readiness = (typeof READINESS)[number]

/** The overview's view as the address holds it; absent means "not narrowed". */
export type OverviewSearch = {
  q?: string
  health?: Health
  source?: string
  ready?: Readiness
  /** Absent means health: what needs a person first. */
  sort?: SortKey
  /** Absent means ascending. */
  dir?: SortDirection
}

const MAX_TEXT = 200

function oneOf<T extends string>(list: readonly T[], value: unknown) {
  return list.includes(value as T) ? (value as T) : undefined
}

function text(value: unknown) {
  if (typeof value === 'number') value = String(value)
  if (typeof value !== 'string' || value.trim() === '') return undefined
  return value.slice(0, MAX_TEXT)
}

/**
 * Keeps what is valid in the address and drops the rest, so a pasted or
 * hand-edited link never breaks the page; defaults are left out so a
 * shared link stays short.
 */
export function parseOverviewSearch(
  search: Record<string, unknown>,
): OverviewSearch {
  const result: OverviewSearch = {}
  const q = text(search.q)
  const health = oneOf(HEALTH_FILTERS, search.health)
  const source = text(search.source)
  const ready = oneOf(READINESS, search.ready)
  const sort = oneOf(SORT_KEYS, search.sort)
  const dir = oneOf(['asc', 'desc'] as const, search.dir)

  if (q !== undefined) result.q = q
  if (health) result.health = health
  if (source !== undefined) result.source = source
  if (ready) result.ready = ready
  if (sort && sort !== 'health') result.sort = sort
  if (dir === 'desc') result.dir = dir
  return result
}

export function isNarrowed(search: OverviewSearch) {
  return Boolean(search.q || search.health || search.source || search.ready)
}

/** The same view without search text or filters; the sort stays. */
export function clearFilters(search: OverviewSearch): OverviewSearch {
  const { sort, dir } = search
  return parseOverviewSearch({ sort, dir })
}

import { isValidId } from '../../lib/ids.ts'

export const ACTIVITY_STATUSES = [
  'all',
  'problems',
  'completed',
  'running',
] as const
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number]

export type ActivitySearch = {
  /** ISO instant; absent means the default, yesterday 18:00 local time. */
  since?: string
  status?: ActivityStatus
  entityId?: string
}

/** Keeps what is valid in the address and drops the rest, so a pasted link never breaks the page. */
export function parseActivitySearch(
  search: Record<string, unknown>,
): ActivitySearch {
  const result: ActivitySearch = {}
  if (
    typeof search.since === 'string' &&
    !Number.isNaN(Date.parse(search.since))
  ) {
    result.since = new Date(search.since).toISOString()
  }
  if (
    ACTIVITY_STATUSES.includes(search.status as ActivityStatus) &&
    search.status !== 'all'
  ) {
    result.status = search.status as ActivityStatus
  }
  if (typeof search.entityId === 'string' && isValidId(search.entityId)) {
    result.entityId = search.entityId
  }
  return result
}

/** 18:00 yesterday in the browser's zone: "what happened overnight?". */
export function defaultSince(now: Date) {
  const since = new Date(now)
  since.setDate(since.getDate() - 1)
  since.setHours(18, 0, 0, 0)
  return since
}

/** The ledger statuses each choice covers. */
export function statusesFor(status: ActivityStatus | undefined) {
  if (status === 'problems')
    return ['failed', 'error', 'cancelled', 'completed_with_errors']
  if (status === 'completed') return ['completed']
  if (status === 'running') return ['queued', 'running']
  return undefined
}

/** How a status looks: one tone per meaning, shared by every badge. */
export type Tone = 'success' | 'danger' | 'running' | 'warning' | 'neutral'

const TONE_BY_STATUS: Record<string, Tone> = {
  completed: 'success',
  succeeded: 'success',
  success: 'success',
  running: 'running',
  in_progress: 'running',
  queued: 'neutral',
  pending: 'neutral',
  failed: 'danger',
  error: 'danger',
  errored: 'danger',
  cancelled: 'warning',
  canceled: 'warning',
  completed_with_errors: 'warning',
  partially_completed: 'warning',
  skipped: 'neutral',
}

const LABEL_BY_STATUS: Record<string, string> = {
  completed: 'Completed',
  succeeded: 'Succeeded',
  success: 'Succeeded',
  running: 'Running',
  in_progress: 'In progress',
  queued: 'Queued',
  pending: 'Pending',
  failed: 'Failed',
  error: 'Error',
  errored: 'Error',
  cancelled: 'Cancelled',
  canceled: 'Cancelled',
  completed_with_errors: 'Completed with errors',
  partially_completed: 'Partially completed',
  skipped: 'Skipped',
}

/** Statuses after which a sync will not change any more. */
const TERMINAL_STATUSES = new Set([
  'completed',
  'succeeded',
  'success',
  'failed',
  'error',
  'errored',
  'cancelled',
  'canceled',
  'completed_with_errors',
  'partially_completed',
  'skipped',
])

function normalise(status: string) {
  return status.trim().toLowerCase()
}

export function isKnownStatus(status: string) {
  return normalise(status) in TONE_BY_STATUS
}

/** An unknown status word gets the neutral tone, never an error look. */
export function statusTone(status: string): Tone {
  return TONE_BY_STATUS[normalise(status)] ?? 'neutral'
}

/** Known statuses in plain words; anything else exactly as upstream sent it. */
export function statusLabel(status: string) {
  return LABEL_BY_STATUS[normalise(status)] ?? status
}

export function isTerminalStatus(status: string) {
  return TERMINAL_STATUSES.has(normalise(status))
}

export function isFailureStatus(status: string) {
  return statusTone(status) === 'danger'
}

type SyncProgress = { status: string; completedAt: Date | null }

/**
 * A sync is over once upstream stamps `completedAt`, whatever its status
 * word, or when it reports a status that is final by its meaning. Unknown
 * words without `completedAt` count as still running (PRODUCT.md: preview
 * API, more statuses will appear).
 */
export function isSyncFinished(sync: SyncProgress) {
  return sync.completedAt !== null || isTerminalStatus(sync.status)
}

export type Health = 'error' | 'syncing' | 'overdue' | 'inactive' | 'healthy'

type ConnectionState = {
  hasError: boolean
  isActive: boolean
  isCurrentlySyncing: boolean
  lastSyncStatus: string | null
  nextScheduledSyncAt: Date | null
}

/**
 * How late a scheduled sync may start before it counts as overdue: xPnA's
 * scheduler and the list's refresh both take a minute or so to show a sync
 * that began on time, and a row flashing "overdue" for that minute is noise.
 */
export const OVERDUE_GRACE_MS = 5 * 60_000

/**
 * One word for a connection's state at `now`. A running sync wins because
 * it is what changes next; a failure wins over the rest because it needs a
 * person; an inactive connection has no schedule to be late for.
 */
export function connectionHealth(
  connection: ConnectionState,
  now: Date,
): Health {
  if (connection.isCurrentlySyncing) return 'syncing'
  const lastFailed =
    connection.lastSyncStatus !== null &&
    isFailureStatus(connection.lastSyncStatus)
  if (connection.hasError || lastFailed) return 'error'
  if (!connection.isActive) return 'inactive'
  if (isOverdue(connection.nextScheduledSyncAt, now)) return 'overdue'
  return 'healthy'
}

/** True once a scheduled sync is past its time by more than the grace. */
export function isOverdue(nextScheduledSyncAt: Date | null, now: Date) {
  if (!nextScheduledSyncAt) return false
  return now.getTime() - nextScheduledSyncAt.getTime() > OVERDUE_GRACE_MS
}

export const HEALTH_LABEL: Record<Health, string> = {
  error: 'Error',
  syncing: 'Syncing',
  overdue: 'Overdue',
  inactive: 'Inactive',
  healthy: 'Healthy',
}

export const HEALTH_TONE: Record<Health, Tone> = {
  error: 'danger',
  syncing: 'running',
  overdue: 'warning',
  inactive: 'neutral',
  healthy: 'success',
}

type StepView = { label: string; tone: Tone; note: string | null }

/**
 * How a step should read. Once the sync is over, a step upstream still calls
 * queued never ran, and one still called running has an unknown outcome:
 * showing it as running would suggest work that is not happening.
 */
export function stepView(stepStatus: string, isSyncOver: boolean): StepView {
  if (!isSyncOver || isTerminalStatus(stepStatus)) {
    return {
      label: statusLabel(stepStatus),
      tone: statusTone(stepStatus),
      note: null,
    }
  }
  if (['queued', 'pending'].includes(normalise(stepStatus))) {
    return {
      label: 'Not run',
      tone: 'neutral',
      note: 'The sync ended before this step started.',
    }
  }
  return {
    label: 'Unknown',
    tone: 'neutral',
    note: `The sync has ended but xPnA still reports this step as "${stepStatus}".`,
  }
}

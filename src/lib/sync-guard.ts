import { formatRelative } from './time.ts'

/** A sync that ended this recently is mentioned before starting another. */
export const RECENT_SYNC_MS = 15 * 60_000
/** A scheduled sync this close is mentioned before starting one by hand. */
export const SCHEDULE_SOON_MS = 10 * 60_000

type GuardedConnection = {
  isActive: boolean
  hasError: boolean
  lastSyncAt: Date | null
  lastSyncStatus: string | null
  nextScheduledSyncAt: Date | null
}

/**
 * Why a person might not want to start a sync right now, in one sentence,
 * or null when nothing stands in the way. A failed last sync is never a
 * reason: syncing again is what a failure asks for.
 */
export function syncStartCaution(
  connection: GuardedConnection,
  now: Date,
): string | null {
  const { lastSyncAt, nextScheduledSyncAt } = connection
  const endedCleanly =
    connection.lastSyncStatus === 'completed' && !connection.hasError

  if (
    endedCleanly &&
    lastSyncAt &&
    now.getTime() - lastSyncAt.getTime() < RECENT_SYNC_MS
  ) {
    return `It last synced ${formatRelative(lastSyncAt, now)}, successfully.`
  }
  if (!connection.isActive || !nextScheduledSyncAt) return null
  const untilScheduledMs = nextScheduledSyncAt.getTime() - now.getTime()
  if (untilScheduledMs > 0 && untilScheduledMs < SCHEDULE_SOON_MS) {
    return `A scheduled sync starts ${formatRelative(nextScheduledSyncAt, now)}.`
  }
  return null
}

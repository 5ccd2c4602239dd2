import { isKnownStatus, isSyncFinished } from './status.ts'

type WatchedSync = {
  status: string
  startedAt: Date | null
  completedAt: Date | null
}

type SyncPollInput = {
  sync: WatchedSync | undefined
  now: Date
  /** What upstream asked for with `Retry-After` on the last failure. */
  retryAfterMs?: number | null
  /** When this page began (or resumed) watching; starts the watch cap. */
  watchStartedAt?: Date
  /** When the last answer (or failure) arrived, epoch ms; 0 for none yet. */
  lastAnsweredAt?: number
}

/** How long a sync in an undocumented status is watched before we give up. */
export const UNKNOWN_STATUS_WATCH_CAP_MS = 30 * 60_000

// Steps change within seconds of a start and slowly after; polling follows
// that curve so a long sync costs the upstream little.
const FAST_MS = 1_000
const MEDIUM_MS = 2_000
const SLOW_MS = 5_000

/**
 * Milliseconds from `nowMs` to the first whole multiple of `intervalMs` on
 * the wall clock after the last answer arrived. Every viewer of the same
 * sync then asks at the same moments, and the dashboard server answers
 * them all with one upstream request (it shares identical reads within
 * the second they were asked in); at random moments, fifty viewers would
 * spread over the whole interval and cost the upstream far more.
 *
 * The tick is counted from the last answer, not from now: React Query asks
 * again on every render, and a render just before a tick must not push the
 * request to the tick after. The server's ledger watcher reads on the same
 * ticks with its own copy (server/ledger/watch-schedule.ts), since src/ and
 * server/ do not import each other.
 */
export function untilClockTick(
  intervalMs: number,
  nowMs: number,
  lastAnsweredAt = 0,
) {
  const isRecent = nowMs - lastAnsweredAt < intervalMs
  const from = isRecent ? lastAnsweredAt : nowMs
  const nextTick = (Math.floor(from / intervalMs) + 1) * intervalMs
  // A tick already passed without a request (a late timer) is asked for at
  // once; never 0, which React Query reads as "stop polling".
  return Math.max(1, nextTick - nowMs)
}

/**
 * Milliseconds until the next status request, or false to stop polling.
 * Unknown status words keep polling at the slow pace: they might still move.
 */
export function syncPollIntervalMs({
  sync,
  now,
  retryAfterMs = null,
  watchStartedAt,
  lastAnsweredAt,
}: SyncPollInput): number | false {
  if (sync && isSyncFinished(sync)) return false
  if (isWatchExpired({ sync, now, watchStartedAt })) return false
  const base = sync ? syncPollPaceMs(sync, now) : FAST_MS
  const wait = untilClockTick(base, now.getTime(), lastAnsweredAt)
  return Math.max(wait, retryAfterMs ?? 0)
}

/**
 * True once a sync has sat in a status the reference does not document for
 * longer than the cap: it may never end, so the page stops asking and
 * offers to resume instead.
 */
export function isWatchExpired({
  sync,
  now,
  watchStartedAt,
}: Pick<SyncPollInput, 'sync' | 'now' | 'watchStartedAt'>) {
  if (!sync || !watchStartedAt || isSyncFinished(sync)) return false
  if (isKnownStatus(sync.status)) return false
  return now.getTime() - watchStartedAt.getTime() > UNKNOWN_STATUS_WATCH_CAP_MS
}

/**
 * The pace a running sync is polled at, before it is put on the clock's
 * ticks: 1, 2 or 5 s by its age, 5 s for an undocumented status.
 */
export function syncPollPaceMs(sync: WatchedSync, now: Date) {
  const ageMs = sync.startedAt ? now.getTime() - sync.startedAt.getTime() : 0
  if (!['queued', 'running'].includes(sync.status)) return SLOW_MS
  if (ageMs < 15_000) return FAST_MS
  if (ageMs < 120_000) return MEDIUM_MS
  return SLOW_MS
}

type ListPollInput = {
  connections: { isCurrentlySyncing: boolean }[] | undefined
  retryAfterMs?: number | null
  now?: Date
  /** When the last answer (or failure) arrived, epoch ms; 0 for none yet. */
  lastAnsweredAt?: number
}

/** The list refreshes often while anything syncs and rarely when all is quiet. */
export function connectionsPollIntervalMs({
  connections,
  retryAfterMs = null,
  now = new Date(),
  lastAnsweredAt,
}: ListPollInput) {
  const isAnySyncing = connections?.some((c) => c.isCurrentlySyncing) ?? false
  const base = isAnySyncing ? 5_000 : 60_000
  const wait = untilClockTick(base, now.getTime(), lastAnsweredAt)
  return Math.max(wait, retryAfterMs ?? 0)
}

/** The slowest a background tab checks on a sync someone asked to hear about. */
export const BACKGROUND_POLL_MS = 15_000

/**
 * The interval for a sync followed so its end can raise a browser
 * notification. A hidden tab keeps asking only when the person allowed
 * notifications, and then at most every fifteen seconds: the news can wait
 * that long, the upstream should not pay for a tab nobody looks at.
 */
export function watchedSyncPollMs(
  visibleMs: number | false,
  { isHidden, canNotify }: { isHidden: boolean; canNotify: boolean },
): number | false {
  if (visibleMs === false || !isHidden) return visibleMs
  return canNotify ? Math.max(visibleMs, BACKGROUND_POLL_MS) : false
}

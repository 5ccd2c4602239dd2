// How often the watcher asks xPnA. Pure so the back-off can be tested
// without waiting: the watcher passes in its counters and a random number.

export const LIST_QUIET_MS = 60_000
export const LIST_BUSY_MS = 15_000
export const FOLLOW_MS = 5_000
export const MAX_BACKOFF_MS = 10 * 60_000

interface ScheduleInput {
  /** The normal pace when all is well. */
  baseMs: number
  /** Failed reads in a row; zero after a success. */
  failures: number
  /** What upstream asked for with Retry-After, if anything. */
  retryAfterMs: number | null
  /** 0 to 1; spreads retries so restarted servers do not ask in step. */
  random: number
}

export function nextDelayMs({
  baseMs,
  failures,
  retryAfterMs,
  random,
}: ScheduleInput) {
  const backoff =
    failures === 0 ? baseMs : Math.min(baseMs * 2 ** failures, MAX_BACKOFF_MS)
  const jittered = failures === 0 ? backoff : backoff * (0.8 + 0.4 * random)
  return Math.round(
    Math.max(Math.min(jittered, MAX_BACKOFF_MS), retryAfterMs ?? 0),
  )
}

/** The list is read more often while anything syncs or is being followed. */
export function listBaseMs(isBusy: boolean) {
  return isBusy ? LIST_BUSY_MS : LIST_QUIET_MS
}

/**
 * The wait until the next whole multiple of `intervalMs` on the wall clock,
 * skipping one closer than 20 ms. The dashboard's pages poll on the same
 * ticks (src/lib/polling.ts), so the watcher's reads land with theirs and
 * the proxy answers both with one upstream request.
 */
export function untilClockTick(intervalMs: number, nowMs: number) {
  const wait = intervalMs - (nowMs % intervalMs)
  return wait < 20 ? wait + intervalMs : wait
}

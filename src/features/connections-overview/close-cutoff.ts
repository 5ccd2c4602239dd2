// The "Ready for close" cut-off is a time of day, kept in this browser: a
// close runs over several mornings, and "synced since 07:00" should mean
// the latest 07:00 every time the page opens, not the morning it was set.

const STORAGE_KEY = 'xpna.closeCutoff'
export const DEFAULT_CUTOFF_TIME = '07:00'
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>

export function isCutoffTime(value: string) {
  return TIME_PATTERN.test(value)
}

/** The remembered "HH:mm", or the default when none or a broken one is stored. */
export function readCutoffTime(storage: Storage | undefined) {
  try {
    const stored = storage?.getItem(STORAGE_KEY)
    return stored && isCutoffTime(stored) ? stored : DEFAULT_CUTOFF_TIME
  } catch {
    // Storage can be switched off by the browser's privacy settings.
    return DEFAULT_CUTOFF_TIME
  }
}

export function saveCutoffTime(storage: Storage | undefined, time: string) {
  if (!isCutoffTime(time)) return
  try {
    storage?.setItem(STORAGE_KEY, time)
  } catch {
    // Not remembered past this page; the choice still applies now.
  }
}

/**
 * The latest moment at the cut-off time, in the browser's zone: today's
 * once it has passed, yesterday's before then (at 06:00, "since 07:00"
 * can only mean yesterday morning).
 */
export function cutoffAt(time: string, now: Date) {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  const at = new Date(now)
  at.setHours(hours, minutes, 0, 0)
  if (at > now) at.setDate(at.getDate() - 1)
  return at
}

/** Which day `cutoffAt` chose, in words, for the label beside the time. */
export function cutoffDay(cutoff: Date, now: Date) {
  return cutoff.toDateString() === now.toDateString() ? 'today' : 'yesterday'
}

import { format, formatDistanceStrict } from 'date-fns'

// Every date shown on screen goes through here, and every function takes
// `now` so tests can pin the clock.

/** "5 minutes ago", "in 12 minutes"; "just now" within a few seconds. */
export function formatRelative(date: Date, now: Date) {
  const deltaMs = date.getTime() - now.getTime()
  if (Math.abs(deltaMs) < 10_000) return 'just now'
  return formatDistanceStrict(date, now, { addSuffix: true })
}

/**
 * A short distance for dense columns: "45 s", "12 min", "3 h", "4 d",
 * rounded down, so "overdue by 1 h" never claims more than is true.
 */
export function formatShortDistance(from: Date, to: Date) {
  const seconds = Math.floor(Math.abs(to.getTime() - from.getTime()) / 1_000)
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  if (hours < 48) return `${hours} h`
  return `${Math.floor(hours / 24)} d`
}

/** When a scheduled sync runs, for a glance: "in 12 min" or "overdue by 3 h". */
export function formatScheduled(
  date: Date,
  now: Date,
  { isOverdue }: { isOverdue: boolean },
) {
  const distance = formatShortDistance(now, date)
  if (isOverdue) return `overdue by ${distance}`
  return date > now ? `in ${distance}` : `due ${distance} ago`
}

/** The exact local time with its zone, for hover text and copied details. */
export function formatExact(date: Date) {
  return `${format(date, 'EEE d MMM yyyy, HH:mm:ss')} ${zoneName(date)}`
}

/** A short local time of day, for dense rows: "14:05:09". */
export function formatClock(date: Date) {
  return format(date, 'HH:mm:ss')
}

// Creating an Intl formatter costs far more than using one, and a long
// table asks for an exact time on every row it draws. One is kept per UTC
// offset, so a change of the machine's time zone is still followed.
const zoneFormats = new Map<number, Intl.DateTimeFormat>()

function zoneName(date: Date) {
  const offset = date.getTimezoneOffset()
  let zoneFormat = zoneFormats.get(offset)
  if (!zoneFormat) {
    zoneFormat = new Intl.DateTimeFormat(undefined, { timeZoneName: 'short' })
    zoneFormats.set(offset, zoneFormat)
  }
  const parts = zoneFormat.formatToParts(date)
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? ''
}

/**
 * A compact duration: "850 ms", "4.2 s", "38 s", "3 m 05 s", "1 h 02 m".
 * Negative input (clock skew between us and upstream) reads as zero.
 */
export function formatDuration(durationMs: number) {
  const ms = Math.max(0, Math.round(durationMs))
  if (ms < 1_000) return `${ms} ms`
  if (ms < 10_000) return `${(Math.floor(ms / 100) / 10).toFixed(1)} s`
  const totalSeconds = Math.floor(ms / 1_000)
  if (totalSeconds < 60) return `${totalSeconds} s`
  const totalMinutes = Math.floor(totalSeconds / 60)
  if (totalMinutes < 60) {
    return `${totalMinutes} m ${pad(totalSeconds % 60)} s`
  }
  return `${Math.floor(totalMinutes / 60)} h ${pad(totalMinutes % 60)} m`
}

function pad(value: number) {
  return String(value).padStart(2, '0')
}

/** Milliseconds between two instants; a missing end means "still going". */
export function elapsedMs(
  startedAt: Date,
  completedAt: Date | null,
  now: Date,
) {
  return (completedAt ?? now).getTime() - startedAt.getTime()
}

const countFormat = new Intl.NumberFormat('en-US')

export function formatCount(count: number) {
  return countFormat.format(count)
}

/** "2026-12-03 08:00:05 UTC": unambiguous for support tickets across zones. */
export function formatUtc(date: Date) {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`
}

/** `Retry-After` as milliseconds, from delta-seconds or an HTTP date. */
export function parseRetryAfterMs(value: string | null, now = Date.now()) {
  if (!value) return null
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const at = Date.parse(trimmed)
  return Number.isNaN(at) ? null : Math.max(0, at - now)
}

import { isApiError } from './errors.ts'

const BASE_MS = 1_000
const MAX_MS = 30_000

/**
 * Milliseconds React Query waits before retry number `failureCount + 1`
 * (its count starts at 0). Upstream's own `Retry-After` wins; otherwise the
 * wait doubles from 1 s up to 30 s, and half of it is random, so many open
 * dashboards that failed together do not all ask again in the same instant.
 * @param random a number in [0, 1); `Math.random` unless a test fixes it.
 */
export function retryDelayMs(
  failureCount: number,
  error: unknown,
  random: () => number = Math.random,
): number {
  if (isApiError(error) && error.retryAfterMs !== null) {
    return Math.min(Math.max(error.retryAfterMs, BASE_MS), MAX_MS * 2)
  }
  const ceiling = Math.min(BASE_MS * 2 ** failureCount, MAX_MS)

  return Math.round(ceiling / 2 + (random() * ceiling) / 2)
}

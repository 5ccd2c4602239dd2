import { type ApiError, isApiError } from './errors.ts'

export type ErrorAdvice = {
  /** What went wrong, in plain words. */
  summary: string
  /** What a person can check or expect next; null when nothing helps. */
  hint: string | null
  /** Try again by itself after this many ms; null: only when asked. */
  autoRetryMs: number | null
}

// When a 429 names no wait, one attempt every ten seconds stays far below
// any rate limit while the screen still recovers soon after it lifts.
export const DEFAULT_RATE_LIMIT_WAIT_MS = 10_000
const MIN_WAIT_MS = 1_000

const RETRIED =
  'The dashboard already tried again, pausing a little longer each time.'

/** Turns any failure into words for the error panel, by its kind. */
export function adviceFor(error: unknown): ErrorAdvice {
  if (!isApiError(error)) {
    const summary =
      error instanceof Error
        ? error.message
        : 'Something unexpected went wrong.'
    return { summary, hint: null, autoRetryMs: null }
  }
  if (isKeyRejected(error)) return keyRejected(error)
  if (error.kind === 'rate-limited') return rateLimited(error)
  if (error.kind === 'invalid-response') return invalidResponse(error)
  if (error.kind === 'timeout' || (error.status ?? 0) >= 500) {
    return { summary: upstreamFailed(error), hint: RETRIED, autoRetryMs: null }
  }

  return { summary: error.message, hint: null, autoRetryMs: null }
}

// Our own proxy answers 401 and 403 too (no sign-on identity, a cross-site
// write); those say what to do in their message and are not about the key.
function isKeyRejected(error: ApiError) {
  return !error.isFromProxy && (error.status === 401 || error.status === 403)
}

function keyRejected(error: ApiError): ErrorAdvice {
  const summary =
    error.status === 401
      ? "xPnA rejected the dashboard's API key."
      : "xPnA refused the dashboard's API key access to these connections."

  return {
    summary,
    hint:
      'Check XPNA_API_KEY on the dashboard server: the key may be mistyped, ' +
      'revoked, or issued for another workspace. Trying again will not help ' +
      'until the key is fixed.',
    autoRetryMs: null,
  }
}

function rateLimited(error: ApiError): ErrorAdvice {
  const waitMs = Math.max(
    error.retryAfterMs ?? DEFAULT_RATE_LIMIT_WAIT_MS,
    MIN_WAIT_MS,
  )

  return {
    summary: 'xPnA is limiting how often the dashboard may ask.',
    hint:
      error.retryAfterMs === null
        ? 'xPnA did not say for how long, so the dashboard waits a little.'
        : 'The dashboard waits as long as xPnA asked before trying again.',
    autoRetryMs: waitMs,
  }
}

function invalidResponse(error: ApiError): ErrorAdvice {
  const where = error.endpoint ? ` to ${error.endpoint}` : ''
  const fields = error.issues.length === 1 ? 'field' : 'fields'

  return {
    summary: `xPnA's answer${where} could not be read.`,
    hint:
      error.issues.length > 0
        ? `The ${fields} below did not match what xPnA documents.`
        : null,
    autoRetryMs: null,
  }
}

// The proxy's own messages already say what failed (unreachable, deadline,
// redirect); xPnA's own 5xx messages are shown below the summary.
function upstreamFailed(error: ApiError) {
  if (error.kind === 'timeout' || error.isFromProxy) return error.message

  return `xPnA failed to answer (HTTP ${error.status ?? 'error'}).`
}

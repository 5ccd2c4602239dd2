/**
 * What went wrong when talking to xPnA through our proxy. Screens switch on
 * `kind`; the other fields are the facts a person needs to act or to quote
 * to xPnA support.
 */
export type ApiErrorKind =
  'network' | 'timeout' | 'http' | 'rate-limited' | 'invalid-response'

export type ApiErrorDetails = {
  kind: ApiErrorKind
  message: string
  /** HTTP status of the answer, or null when none arrived. */
  status?: number | null
  /** The upstream `meta.requestId` (or `x-request-id`), when one came back. */
  requestId?: string | null
  /** Machine-readable code from the error body, such as `upstream_timeout`. */
  code?: string | null
  /** Set when the error came from our proxy rather than from xPnA. */
  isFromProxy?: boolean
  /** Milliseconds upstream asked us to wait (`Retry-After`), when given. */
  retryAfterMs?: number | null
  /** Where the response body did not match the expected shape. */
  issues?: string[]
  /** The call that failed, such as `GET /connections`. */
  endpoint?: string | null
  cause?: unknown
}

export class ApiError extends Error {
  override name = 'ApiError'
  readonly kind: ApiErrorKind
  readonly status: number | null
  readonly requestId: string | null
  readonly code: string | null
  readonly isFromProxy: boolean
  readonly retryAfterMs: number | null
  readonly issues: string[]
  readonly endpoint: string | null

  constructor(details: ApiErrorDetails) {
    super(details.message, { cause: details.cause })
    this.kind = details.kind
    this.status = details.status ?? null
    this.requestId = details.requestId ?? null
    this.code = details.code ?? null
    this.isFromProxy = details.isFromProxy ?? false
    this.retryAfterMs = details.retryAfterMs ?? null
    this.issues = details.issues ?? []
    this.endpoint = details.endpoint ?? null
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

/**
 * Whether React Query should try a failed request again by itself. Only
 * failures that a second attempt can fix are retried, at most twice; a
 * rejected key or an unknown sync will not improve by asking again. A 429
 * is not retried here: the error panel shows the wait and retries once
 * `Retry-After` has passed.
 */
export function shouldRetry(failureCount: number, error: unknown) {
  if (failureCount >= 2 || !isApiError(error)) return false
  if (error.kind === 'network' || error.kind === 'timeout') return true
  return error.status !== null && error.status >= 500 && error.status !== 501
}

import * as z from 'zod/mini'

import { ApiError } from './errors.ts'
import { describeIssues, type ResponseMeta } from './schema-helpers.ts'

const BASE_PATH = '/api/public/v1'

// Longer than the proxy's own upstream deadline (15 s), so that a slow xPnA
// is reported by the proxy with its clearer message before we give up here.
const CLIENT_TIMEOUT_MS = 20_000

type EnvelopeSchema = z.ZodMiniType<{
  data: unknown
  meta: ResponseMeta | null
}>

export type ApiResult<T> = {
  data: T
  meta: ResponseMeta | null
  /** True when the proxy answered from the embedded simulator. */
  isDemo: boolean
  /** When the answer arrived, in the browser's clock. */
  receivedAt: Date
}

type RequestOptions<S extends EnvelopeSchema> = {
  schema: S
  method?: 'GET' | 'POST'
  body?: unknown
  signal?: AbortSignal
}

/**
 * Calls one of the three xPnA routes through our proxy and parses the answer.
 * Rejects with an ApiError for every failure, or with the caller's own abort
 * reason when the caller cancelled.
 */
export async function requestApi<S extends EnvelopeSchema>(
  path: string,
  { schema, method = 'GET', body, signal }: RequestOptions<S>,
): Promise<ApiResult<z.infer<S>['data']>> {
  const endpoint = `${method} ${path}`
  const response = await send(path, method, body, signal, endpoint)
  const text = await readText(response, signal, endpoint)
  const headerRequestId = response.headers.get('x-request-id')

  if (!response.ok) throw toHttpError(response, text, headerRequestId, endpoint)

  const json = parseJson(text)
  if (json === undefined) {
    throw new ApiError({
      kind: 'invalid-response',
      status: response.status,
      requestId: headerRequestId,
      message: 'xPnA answered with something that is not valid JSON.',
      endpoint,
    })
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    throw new ApiError({
      kind: 'invalid-response',
      status: response.status,
      requestId: findRequestId(json) ?? headerRequestId,
      message: 'xPnA answered in a shape this dashboard does not understand.',
      issues: describeIssues(parsed.error.issues),
      endpoint,
    })
  }
  return {
    data: parsed.data.data,
    meta: parsed.data.meta,
    isDemo: response.headers.get('x-dashboard-mode') === 'demo',
    receivedAt: new Date(),
  }
}

async function send(
  path: string,
  method: string,
  body: unknown,
  signal: AbortSignal | undefined,
  endpoint: string,
) {
  const timeout = AbortSignal.timeout(CLIENT_TIMEOUT_MS)
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
  try {
    return await fetch(`${BASE_PATH}${path}`, {
      method,
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: combined,
      credentials: 'same-origin',
    })
  } catch (error) {
    throw toTransportError(error, signal, timeout, endpoint)
  }
}

async function readText(
  response: Response,
  signal: AbortSignal | undefined,
  endpoint: string,
) {
  try {
    return await response.text()
  } catch (error) {
    throw toTransportError(error, signal, undefined, endpoint)
  }
}

function toTransportError(
  error: unknown,
  signal: AbortSignal | undefined,
  timeout: AbortSignal | undefined,
  endpoint: string,
) {
  if (signal?.aborted) return signal.reason
  if (timeout?.aborted) {
    return new ApiError({
      kind: 'timeout',
      message: `No answer from the dashboard server within ${CLIENT_TIMEOUT_MS / 1000} seconds.`,
      cause: error,
      endpoint,
    })
  }
  return new ApiError({
    kind: 'network',
    message:
      'Could not reach the dashboard server. Check your connection; the page retries on its own.',
    cause: error,
    endpoint,
  })
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

function toHttpError(
  response: Response,
  text: string,
  headerRequestId: string | null,
  endpoint: string,
) {
  const json = parseJson(text)
  const found = readErrorBody(json)
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'))
  const isFromProxy = found.source === 'proxy'
  const kind =
    response.status === 429
      ? 'rate-limited'
      : found.code === 'upstream_timeout'
        ? 'timeout'
        : 'http'
  const fallback =
    json === undefined && /<html|<!doctype/i.test(text)
      ? `xPnA answered ${response.status} with a web page instead of data.`
      : `xPnA answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`
  return new ApiError({
    kind,
    status: response.status,
    message: found.message ?? fallback,
    code: found.code,
    isFromProxy,
    requestId: findRequestId(json) ?? headerRequestId,
    retryAfterMs,
    endpoint,
  })
}

type ErrorFacts = {
  message: string | null
  code: string | null
  source: string | null
}

// The reference documents no error body. Seen and plausible shapes:
// { error: { code, message } }, { message }, { error: "text" }, and RFC 9457
// problem details ({ title, detail }). Take the first readable one.
function readErrorBody(json: unknown): ErrorFacts {
  const facts: ErrorFacts = { message: null, code: null, source: null }
  if (!isRecord(json)) return facts
  const error = json.error
  if (isRecord(error)) {
    facts.message = asText(error.message) ?? asText(error.detail)
    facts.code = asText(error.code)
    facts.source = asText(error.source)
  } else {
    facts.message = asText(error)
  }
  facts.message ??=
    asText(json.message) ?? asText(json.detail) ?? asText(json.title)
  facts.code ??= asText(json.code)
  return facts
}

function findRequestId(json: unknown) {
  if (!isRecord(json)) return null
  const meta = json.meta
  return (
    (isRecord(meta) ? asText(meta.requestId) : null) ?? asText(json.requestId)
  )
}

/** `Retry-After` in milliseconds, from either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()) {
  if (!value) return null
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? null : Math.max(0, date - now)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function asText(value: unknown) {
  return typeof value === 'string' && value.trim() ? value.trim() : null
}

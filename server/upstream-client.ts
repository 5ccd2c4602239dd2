import { Pool } from 'undici'

import type { HeaderMap } from './http-io.ts'

export type UpstreamHeaders = Record<string, string | string[] | undefined>

export type UpstreamFailure = 'timeout' | 'unreachable' | 'too_large'

export type UpstreamResult =
  | {
      ok: true
      status: number
      headers: UpstreamHeaders
      body: Buffer
      elapsedMs: number
    }
  | { ok: false; failure: UpstreamFailure; elapsedMs: number; cause: unknown }

export interface UpstreamRequest {
  url: string
  method: 'GET' | 'POST'
  headers: HeaderMap
  body?: string
  /** Aborts the upstream call when the browser goes away. */
  signal?: AbortSignal
}

export interface UpstreamClient {
  send(request: UpstreamRequest): Promise<UpstreamResult>
  close(): Promise<void>
}

const TIMEOUT_CODES = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
])

/**
 * One keep-alive pool to the upstream origin. Redirects are never followed
 * (undici's Pool has no redirect handling unless one is added), and one
 * deadline of `timeoutMs` covers connecting, the headers and the whole body.
 */
export function createUpstreamClient(options: {
  apiUrl: string
  timeoutMs: number
  maxBodyBytes: number
}): UpstreamClient {
  const { origin } = new URL(options.apiUrl)
  const pool = new Pool(origin, {
    connections: 128,
    keepAliveTimeout: 10_000,
    connectTimeout: options.timeoutMs,
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    maxResponseSize: options.maxBodyBytes,
  })

  async function send(request: UpstreamRequest): Promise<UpstreamResult> {
    const startedAt = performance.now()
    const elapsed = () => Math.round(performance.now() - startedAt)
    const url = new URL(request.url)

    if (url.origin !== origin) throw new Error('Upstream URL left its origin.')
    // One controller instead of AbortSignal.timeout/any: those keep a timer
    // or listener alive per request long after it finished.
    const controller = new AbortController()
    let isPastDeadline = false
    const timer = setTimeout(() => {
      isPastDeadline = true
      controller.abort(new Error('Upstream deadline passed.'))
    }, options.timeoutMs)
    const onClientGone = () => controller.abort(request.signal?.reason)
    request.signal?.addEventListener('abort', onClientGone, { once: true })

    try {
      const response = await pool.request({
        path: `${url.pathname}${url.search}`,
        method: request.method,
        headers: request.headers,
        body: request.body ?? null,
        signal: controller.signal,
      })
      const body = Buffer.from(await response.body.arrayBuffer())
      return {
        ok: true,
        status: response.statusCode,
        headers: response.headers,
        body,
        elapsedMs: elapsed(),
      }
    } catch (cause) {
      const failure = classify(cause, isPastDeadline)
      return { ok: false, failure, elapsedMs: elapsed(), cause }
    } finally {
      clearTimeout(timer)
      request.signal?.removeEventListener('abort', onClientGone)
    }
  }

  return { send, close: () => pool.destroy() }
}

function classify(cause: unknown, isPastDeadline: boolean): UpstreamFailure {
  const code = (cause as { code?: unknown } | null)?.code

  if (isPastDeadline || TIMEOUT_CODES.has(String(code))) return 'timeout'
  if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') return 'too_large'

  return 'unreachable'
}

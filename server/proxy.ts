import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Mode } from './config.ts'
import { readBody } from './http-io.ts'
import type { Logger } from './logger.ts'
import {
  MAX_BODY_BYTES,
  isJsonContentType,
  parseStartBody,
} from './proxy-body.ts'
import { sendProxyError } from './proxy-error.ts'
import {
  isProxyTarget,
  matchRoute,
  pickRequestHeaders,
  pickResponseHeaders,
  toUpstreamUrl,
  type ApiRoute,
} from './proxy-rules.ts'
import { trackRequest, type RequestFacts } from './request-log.ts'
import {
  createUpstreamClient,
  type UpstreamFailure,
  type UpstreamResult,
} from './upstream-client.ts'

export type Middleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (err?: unknown) => void,
) => void

export type ProxyHandler = Middleware & { close(): Promise<void> }

export interface ProxyOptions {
  /** Upstream base URL without a trailing slash. */
  apiUrl: string
  /** Sent as `x-api-key` when set; never logged or echoed. */
  apiKey: string | null
  mode: Mode
  upstreamTimeoutMs: number
  logger: Logger
}

// Thousands of connections fit in a few MiB; past this something is wrong.
// The body is buffered, not streamed, so the deadline covers all of it and a
// late failure still gets a clean JSON error.
const MAX_UPSTREAM_BODY_BYTES = 32 * 1024 * 1024

// LIMITATION: a POST is not checked for a same-origin Origin or
// Sec-Fetch-Site header; noticeable only to a page on another site that a
// person visits. Meanwhile an HTML form cannot send the JSON content type
// required here and `npm start` grants no CORS preflight, but Vite's dev
// server answers preflights from localhost origins by itself.
// LIMITATION: identical GETs arriving together each go upstream; noticeable
// with many viewers of one sync; upstream load then grows with viewers.

/**
 * The proxy for the three xPnA routes. Anything else under `/api/` is a 404
 * that never reaches upstream; targets outside `/api/` go to `next()`.
 */
export function createProxyHandler(options: ProxyOptions): ProxyHandler {
  const { mode, logger } = options
  const client = createUpstreamClient({
    apiUrl: options.apiUrl,
    timeoutMs: options.upstreamTimeoutMs,
    maxBodyBytes: MAX_UPSTREAM_BODY_BYTES,
  })

  async function handle(
    req: IncomingMessage,
    res: ServerResponse,
    facts: RequestFacts,
  ) {
    const match = matchRoute(req.method ?? '', req.url ?? '')

    if (!match.ok) {
      const message =
        match.code === 'not_found'
          ? 'No dashboard API route matches this request.'
          : 'This path does not accept this method.'
      return sendProxyError(res, mode, 404, match.code, message)
    }
    const { route } = match
    facts.route = route.pattern
    facts.syncId = route.syncId
    let body: string | undefined
    if (route.method === 'POST') {
      const entityId = await readEntityId(req, res)
      if (entityId === null) return
      facts.entityId = entityId
      body = JSON.stringify({ entityId })
    }
    const gone = new AbortController()
    res.once('close', () => gone.abort())
    const result = await client.send({
      url: toUpstreamUrl(route, options.apiUrl),
      method: route.method,
      headers: pickRequestHeaders(req.headers, route, options.apiKey),
      body,
      signal: gone.signal,
    })
    if (!res.destroyed) relay(res, route, result, facts)
  }

  async function readEntityId(req: IncomingMessage, res: ServerResponse) {
    if (!isJsonContentType(req.headers['content-type'])) {
      sendProxyError(
        res,
        mode,
        415,
        'unsupported_media_type',
        'Send the sync request as JSON (content-type: application/json).',
      )
      return null
    }
    const read = await readBody(req, MAX_BODY_BYTES)
    if (!read.ok) {
      sendProxyError(
        res,
        mode,
        413,
        'payload_too_large',
        `The request body is larger than ${MAX_BODY_BYTES / 1024} KiB.`,
        { connection: 'close' },
      )
      return null
    }
    const parsed = parseStartBody(read.text)
    if (!parsed.ok) {
      sendProxyError(res, mode, 400, parsed.code, parsed.message)
      return null
    }

    return parsed.entityId
  }

  function relay(
    res: ServerResponse,
    route: ApiRoute,
    result: UpstreamResult,
    facts: RequestFacts,
  ) {
    facts.upstreamMs = result.elapsedMs
    if (!result.ok) {
      facts.isUpstreamFault = true
      const [status, code, message] = describeFailure(result.failure)
      return sendProxyError(res, mode, status, code, message)
    }
    const { status, headers } = result
    const requestId = headers['x-request-id']
    const isRedirect = status >= 300 && status < 400
    facts.upstreamStatus = status
    facts.upstreamRequestId =
      typeof requestId === 'string' ? requestId : undefined
    facts.isUpstreamFault = isRedirect || status === 429 || status >= 500
    if (isRedirect) {
      return sendProxyError(
        res,
        mode,
        502,
        'upstream_redirect',
        `xPnA answered ${route.pattern} with a redirect, which the dashboard does not follow.`,
      )
    }
    res.writeHead(status, {
      ...pickResponseHeaders(headers),
      'content-length': result.body.length,
      'x-dashboard-mode': mode,
    })
    res.end(result.body)
  }

  function describeFailure(failure: UpstreamFailure) {
    const seconds = Number((options.upstreamTimeoutMs / 1000).toFixed(1))
    const table = {
      timeout: [
        504,
        'upstream_timeout',
        `xPnA did not answer within ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
      ],
      unreachable: [
        502,
        'upstream_unreachable',
        'The dashboard server could not connect to xPnA.',
      ],
      too_large: [
        502,
        'upstream_too_large',
        'xPnA sent a response too large for the dashboard to relay.',
      ],
    } as const

    return table[failure]
  }

  const handler: Middleware = (req, res, next) => {
    if (!isProxyTarget(req.url ?? '')) return next()
    const facts = trackRequest(req, res, logger, mode)

    handle(req, res, facts).catch((err: unknown) => {
      // A client that left mid-body is not a fault of ours.
      if (res.destroyed) return
      facts.err = err
      if (res.headersSent) return void res.destroy()
      sendProxyError(
        res,
        mode,
        500,
        'internal_error',
        'The dashboard server failed while handling this request.',
      )
    })
  }

  return Object.assign(handler, { close: () => client.close() })
}

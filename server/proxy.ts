import type { IncomingMessage, ServerResponse } from 'node:http'

import { readPerson } from './access.ts'
import type { Mode } from './config.ts'
import { readBody } from './http-io.ts'
import type { Logger } from './logger.ts'
import { MAX_BODY_BYTES, parseStartBody } from './proxy-body.ts'
import { describeUpstreamFailure, sendProxyError } from './proxy-error.ts'
import {
  isProxyTarget,
  matchRoute,
  pickRequestHeaders,
  pickResponseHeaders,
  toUpstreamUrl,
  type ApiRoute,
} from './proxy-rules.ts'
import { trackRequest, type RequestFacts } from './request-log.ts'
import { createSharedCalls } from './shared-calls.ts'
import {
  createUpstreamClient,
  type UpstreamRequest,
  type UpstreamResult,
} from './upstream-client.ts'
import { judgeWrite } from './write-guard.ts'

export type Middleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (err?: unknown) => void,
) => void

export type ProxyHandler = Middleware & {
  /**
   * A GET of one of the upstream read routes (`/connections`, a sync's
   * status) for the server's own use, sharing answers with the browsers'.
   */
  read(path: string): Promise<UpstreamResult>
  /** Drops answers kept for sharing, so the next request goes upstream. */
  forget(): void
  close(): Promise<void>
}

export interface ProxyOptions {
  /** Upstream base URL without a trailing slash. */
  apiUrl: string
  /** Sent as `x-api-key` when set; never logged or echoed. */
  apiKey: string | null
  mode: Mode
  upstreamTimeoutMs: number
  /** When set, each log line names the person this header identifies. */
  identityHeader?: string | null
  logger: Logger
  /** Told of every start xPnA accepted, e.g. so the ledger records who. */
  onSyncStarted?: (start: AcceptedStart) => void
}

export interface AcceptedStart {
  syncId: string
  entityId: string
  /** From the trusted identity header; null without one. */
  person: string | null
  requestId: string | null
  correlationId: string | null
}

// Thousands of connections fit in a few MiB; past this something is wrong.
// The body is buffered, not streamed, so the deadline covers all of it and a
// late failure still gets a clean JSON error.
const MAX_UPSTREAM_BODY_BYTES = 32 * 1024 * 1024

// Fifty people watching one sync poll about once a second each; reusing a
// fresh answer for up to this long makes them cost the upstream about one.
export const SHARED_READ_MS = 1_000

/**
 * How long a read's answer is kept for others: up to SHARED_READ_MS, but
 * never past the end of the wall-clock second in which it was asked for.
 * The pages poll on whole seconds (src/lib/polling.ts), so everyone asking
 * on one tick shares, even when a busy browser is late by most of a second,
 * and the next tick always reads afresh: a page is never handed the answer
 * to its own previous poll, which would show a step change a poll late.
 */
export function sharedReadKeepMs(startedAtMs: number, answeredAtMs: number) {
  const secondEndsAt = Math.floor(startedAtMs / 1000) * 1000 + 1000
  return Math.min(SHARED_READ_MS, secondEndsAt - answeredAtMs)
}

// Two tabs, two colleagues or a retry after a lost answer, all within a few
// seconds, mean the same intent: one sync. Past this a start is a new one.
export const START_MERGE_MS = 3_000

// The start answer's ids, read leniently: the browser validates it fully.
function readAcceptedStart(body: Buffer) {
  try {
    const json = JSON.parse(body.toString('utf8')) as {
      data?: { syncId?: unknown }
      meta?: { requestId?: unknown; correlationId?: unknown }
    }
    const syncId = json.data?.syncId
    if (typeof syncId !== 'string' || syncId === '') return null
    return {
      syncId,
      requestId: textOrNull(json.meta?.requestId),
      correlationId: textOrNull(json.meta?.correlationId),
    }
  } catch {
    return null
  }
}

function textOrNull(value: unknown) {
  return typeof value === 'string' ? value : null
}

const isOkAnswer = (result: UpstreamResult) =>
  result.ok && result.status === 200

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
  const reads = createSharedCalls({
    keepMs: sharedReadKeepMs,
    isKeepable: isOkAnswer,
  })
  const starts = createSharedCalls({
    keepMs: START_MERGE_MS,
    isKeepable: isOkAnswer,
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
    const request: UpstreamRequest = {
      url: toUpstreamUrl(route, options.apiUrl),
      method: route.method,
      headers: pickRequestHeaders(req.headers, route, options.apiKey),
    }
    if (route.method === 'POST') {
      const entityId = await readEntityId(req, res)
      if (entityId === null) return
      facts.entityId = entityId
      request.body = JSON.stringify({ entityId })
    }
    // A caller that hangs up stops counting for the shared call. Only then:
    // every answered response closes too, and an abort there would build an
    // exception for nothing (about a tenth of the proxy's time under load).
    const gone = new AbortController()
    res.once('close', () => {
      if (!res.writableFinished) gone.abort()
    })
    // Starts merge by entity only: different entities never share a sync.
    const shared = route.name === 'start' ? starts : reads
    const key = route.name === 'start' ? (facts.entityId ?? '') : request.url
    const { value: result, isShared } = await shared.run(
      key,
      (signal) => client.send({ ...request, signal }),
      gone.signal,
    )
    facts.isShared = isShared
    if (route.name === 'start') {
      // A start, even one refused because another just began, changes what
      // the list and statuses say: a read kept from before it is stale now.
      reads.forget()
      if (isOkAnswer(result)) reportStart(result, facts)
    }
    if (!res.destroyed) relay(res, route, result, facts)
  }

  function reportStart(result: UpstreamResult, facts: RequestFacts) {
    if (!result.ok || !options.onSyncStarted) return
    const accepted = readAcceptedStart(result.body)
    if (!accepted || !facts.entityId) return
    options.onSyncStarted({
      ...accepted,
      entityId: facts.entityId,
      person: facts.person ?? null,
    })
  }

  function readForServer(path: string) {
    const url = `${options.apiUrl}${path}`
    const headers = {
      accept: 'application/json',
      ...(options.apiKey ? { 'x-api-key': options.apiKey } : {}),
    }
    return reads
      .run(url, (signal) =>
        client.send({ url, method: 'GET', headers, signal }),
      )
      .then((outcome) => outcome.value)
  }

  async function readEntityId(req: IncomingMessage, res: ServerResponse) {
    const verdict = judgeWrite(req.headers)
    if (!verdict.ok) {
      sendProxyError(res, mode, verdict.status, verdict.code, verdict.message)
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
      const [status, code, message] = describeUpstreamFailure(
        result.failure,
        options.upstreamTimeoutMs,
      )
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

  const handler: Middleware = (req, res, next) => {
    if (!isProxyTarget(req.url ?? '')) return next()
    const facts = trackRequest(req, res, logger, mode)
    if (options.identityHeader) {
      facts.person = readPerson(req.headersDistinct, options.identityHeader)
    }

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

  return Object.assign(handler, {
    read: readForServer,
    forget() {
      reads.forget()
      starts.forget()
    },
    close: () => client.close(),
  })
}

import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Mode } from './config.ts'
import type { Logger } from './logger.ts'

/** What one proxied request learns on its way; logged once at the end. */
export interface RequestFacts {
  reqId: string
  route: string | null
  syncId?: string
  entityId?: string
  upstreamStatus?: number
  upstreamMs?: number
  upstreamRequestId?: string
  /** Who the sign-on gateway says sent it; only with an identity header. */
  person?: string | null
  /** Answered from another caller's upstream call rather than its own. */
  isShared?: boolean
  /** An upstream fault: 429, 5xx, timeout, unreachable, redirect. */
  isUpstreamFault: boolean
  /** Our own fault; logged at `error` with its stack. */
  err?: unknown
}

/**
 * Starts the facts for one request and writes its single log line when the
 * response finishes, or when the client goes away first.
 */
export function trackRequest(
  req: IncomingMessage,
  res: ServerResponse,
  logger: Logger,
  mode: Mode,
): RequestFacts {
  const startedAt = performance.now()
  const facts: RequestFacts = {
    reqId: randomUUID(),
    route: null,
    isUpstreamFault: false,
  }

  res.once('close', () => {
    const { err } = facts
    const fields = {
      reqId: facts.reqId,
      method: req.method,
      route: facts.route,
      person: facts.person,
      syncId: facts.syncId,
      entityId: facts.entityId,
      status: res.statusCode,
      durationMs: Math.round(performance.now() - startedAt),
      upstreamStatus: facts.upstreamStatus,
      upstreamMs: facts.upstreamMs,
      upstreamRequestId: facts.upstreamRequestId,
      shared: facts.isShared,
      mode,
      isClientGone: res.writableFinished ? undefined : true,
    }
    if (err !== undefined) logger.error('request failed', { ...fields, err })
    else if (facts.isUpstreamFault) logger.warn('upstream fault', fields)
    else logger.info('request', fields)
  })

  return facts
}

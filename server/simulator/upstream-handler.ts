import type { IncomingMessage, ServerResponse } from 'node:http'

import { readBody, splitTarget } from '../http-io.ts'
import type { CallLog } from './call-log.ts'
import { faultFor, syncNotFound, truncate, unauthorized } from './faults.ts'
import { oddConnection, oddMeta, oddStart, oddStatus } from './odd-shapes.ts'
import type { PendingAnswers } from './pending.ts'
import { errorResponse, jsonResponse, type SimResponse } from './responses.ts'
import type { Scenario, ScenarioSwitch, SimRoute } from './scenarios.ts'
import type { Simulator } from './simulator.ts'
import type { SyncOutcome } from './sync-plan.ts'
import { createMeta } from './wire.ts'

export interface UpstreamContext {
  simulator: Simulator
  scenarios: ScenarioSwitch
  calls: CallLog
  pending: PendingAnswers
  /** When set, every route answers 401 without a matching `x-api-key`. */
  apiKey: string | null
  now: () => number
}

const PREFIX = '/api/public/v1/connections'

const FAILS_AT_LOAD: SyncOutcome = {
  kind: 'failed',
  step: 'Load',
  atFraction: 0.5,
  message:
    'Load rejected: 14 journal lines post to account 4999 Suspense, which is not mapped in xPnA; map the account and sync again.',
}

function routeOf(method: string | undefined, path: string) {
  if (method === 'GET' && path === PREFIX) return { name: 'list' as const }
  if (method === 'POST' && path === `${PREFIX}/sync`) {
    return { name: 'start' as const }
  }
  const syncId = /^\/api\/public\/v1\/connections\/sync\/([^/]+)\/status$/.exec(
    path,
  )?.[1]

  return method === 'GET' && syncId ? { name: 'status' as const, syncId } : null
}

/** Serves the three xPnA routes the way the reference describes them. */
export async function handleUpstream(
  ctx: UpstreamContext,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const route = routeOf(req.method, splitTarget(req.url ?? '').path)
  const keySeen = ctx.calls.record(route?.name ?? 'unmatched', req)

  if (ctx.apiKey !== null && keySeen !== 'valid') {
    return send(res, unauthorized(ctx.now()))
  }
  if (!route) {
    const message = 'No API route matches this method and path.'
    return send(res, errorResponse(404, 'not_found', message, ctx.now()))
  }
  const scenario = ctx.scenarios.take(route.name)
  const fault = scenario && faultFor(scenario.name, ctx.now())
  if (fault) return send(res, fault)
  if (scenario?.name === 'hang') return ctx.pending.hold(res)
  if (scenario?.name === 'slow') {
    const isStillWanted = await ctx.pending.delay(res, scenario.delayMs)
    if (!isStillWanted) return
  }
  const response = await answer(ctx, req, route, scenario)
  send(res, scenario?.name === 'malformed-json' ? truncate(response) : response)
}

async function answer(
  ctx: UpstreamContext,
  req: IncomingMessage,
  route: { name: SimRoute; syncId?: string },
  scenario: Scenario | null,
): Promise<SimResponse> {
  const isOdd = scenario?.name === 'odd-status'
  const now = ctx.now()
  const meta = isOdd ? oddMeta(createMeta(now)) : createMeta(now)

  if (route.name === 'list') {
    const connections = ctx.simulator.listConnections()
    return jsonResponse(200, {
      data: isOdd ? connections.map(oddConnection) : connections,
      meta,
    })
  }
  if (route.name === 'status') {
    const syncId = route.syncId ?? ''
    // Accepted, but not readable yet: what a queue in front of xPnA's store
    // would answer in a sync's first moments. Timed by the sync's age, not
    // by a number of reads, since the server's own ledger reads it too.
    const ageMs = ctx.simulator.syncAgeMs(syncId)
    if (
      scenario?.name === 'registers-late' &&
      ageMs !== null &&
      ageMs < scenario.delayMs
    ) {
      return syncNotFound(now)
    }
    const status = ctx.simulator.syncStatus(syncId)
    if (!status) return syncNotFound(now)
    return jsonResponse(200, { data: isOdd ? oddStatus(status) : status, meta })
  }
  const entityId = await readEntityId(req)
  if (entityId === null) {
    const message = 'The body must be JSON with an entityId string.'
    return errorResponse(400, 'invalid_request', message, now)
  }
  // Another tab or a colleague started this entity a moment earlier: that
  // start wins, and this one meets the sync it began.
  if (scenario?.name === 'started-elsewhere') ctx.simulator.startSync(entityId)
  const outcome = scenario?.name === 'fails-at-load' ? FAILS_AT_LOAD : undefined
  const started = ctx.simulator.startSync(entityId, outcome)
  if (!started.ok) {
    return errorResponse(started.status, started.code, started.message, now)
  }

  return jsonResponse(200, {
    data: isOdd ? oddStart(started.data) : started.data,
    meta,
  })
}

async function readEntityId(req: IncomingMessage): Promise<string | null> {
  const read = await readBody(req, 64 * 1024)

  if (!read.ok) return null
  try {
    const body: unknown = JSON.parse(read.text)
    const entityId = (body as { entityId?: unknown } | null)?.entityId
    return typeof entityId === 'string' && entityId !== '' ? entityId : null
  } catch {
    return null
  }
}

function send(res: ServerResponse, response: SimResponse) {
  res.writeHead(response.status, {
    ...response.headers,
    'content-length': Buffer.byteLength(response.body),
  })
  res.end(response.body)
}

import type { IncomingMessage, ServerResponse } from 'node:http'

import { readBody, splitTarget, writeJson } from '../http-io.ts'
import type { CallLog } from './call-log.ts'
import type { PendingAnswers } from './pending.ts'
import { parseScenario, type ScenarioSwitch } from './scenarios.ts'
import { MAX_CONNECTIONS } from './synthetic-seeds.ts'
import type { Simulator } from './simulator.ts'

export interface ControlContext {
  simulator: Simulator
  scenarios: ScenarioSwitch
  calls: CallLog
  pending: PendingAnswers
  /** The step length a reset without `stepMs` goes back to. */
  defaultStepMs: number
  /** The workspace size a reset without `connectionCount` goes back to. */
  defaultConnectionCount: number
}

const MAX_STEP_MS = 600_000

/**
 * The test-only control API under `/__simulator/`:
 * `POST reset`, `POST scenario`, `GET calls`. Answers are always JSON.
 */
export async function handleControl(
  ctx: ControlContext,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const action = `${req.method} ${splitTarget(req.url ?? '').path}`

  if (action === 'GET /__simulator/calls') {
    return writeJson(res, 200, ctx.calls.snapshot())
  }
  if (
    action !== 'POST /__simulator/reset' &&
    action !== 'POST /__simulator/scenario'
  ) {
    return fail(res, 404, 'not_found', 'The simulator has no such control.')
  }
  const body = await readJsonBody(req)
  if (body === undefined) {
    return fail(
      res,
      400,
      'invalid_json',
      'The body is not JSON of at most 16 KiB.',
    )
  }
  if (action === 'POST /__simulator/scenario') {
    const parsed = parseScenario(body)
    if (!parsed.ok) return fail(res, 400, 'invalid_scenario', parsed.message)
    ctx.scenarios.set(parsed.scenario)
    return writeJson(res, 200, { ok: true, scenario: parsed.scenario })
  }
  const { stepMs, connectionCount } = (body ?? {}) as Record<string, unknown>
  if (!isOptionalWhole(stepMs, 1, MAX_STEP_MS)) {
    const message = `stepMs must be a whole number from 1 to ${MAX_STEP_MS}.`
    return fail(res, 400, 'invalid_request', message)
  }
  if (!isOptionalWhole(connectionCount, 0, MAX_CONNECTIONS)) {
    const message = `connectionCount must be a whole number from 0 to ${MAX_CONNECTIONS}.`
    return fail(res, 400, 'invalid_request', message)
  }
  ctx.pending.cancelAll()
  ctx.scenarios.set(null)
  ctx.calls.reset()
  ctx.simulator.reset({
    stepMs: stepMs ?? ctx.defaultStepMs,
    connectionCount: connectionCount ?? ctx.defaultConnectionCount,
  })

  writeJson(res, 200, {
    ok: true,
    stepMs: ctx.simulator.stepMs,
    connectionCount: ctx.simulator.listConnections().length,
  })
}

function isOptionalWhole(
  value: unknown,
  min: number,
  max: number,
): value is number | undefined {
  return (
    value === undefined ||
    (Number.isInteger(value) && Number(value) >= min && Number(value) <= max)
  )
}

/** An empty body reads as `{}`; undefined means it was not JSON. */
async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const read = await readBody(req, 16 * 1024)

  if (!read.ok) return undefined
  if (read.text.trim() === '') return {}
  try {
    return JSON.parse(read.text) as unknown
  } catch {
    return undefined
  }
}

function fail(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
) {
  writeJson(res, status, { error: { code, message } })
}

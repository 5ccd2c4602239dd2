import {
  QUEUE_WEIGHT,
  STEPS,
  type StepDefinition,
  type StepName,
  type Volumes,
} from './sync-steps.ts'
import { isoOrNull, type SyncStatusData, type SyncStepData } from './wire.ts'

export type SyncOutcome =
  | { kind: 'completed' }
  /** Stops `atFraction` (0 to 1) of the way through `step`. */
  | { kind: 'failed'; step: StepName; atFraction: number; message: string }
  /** Runs to the end, but `step` reports a problem. */
  | { kind: 'completed_with_errors'; step: StepName; message: string }

/** Everything that decides how a sync unfolds; its state follows from the
 * plan and the clock alone (see `describeSync`). */
export interface SyncPlan {
  syncId: string
  entityId: string
  sourceSystem: string
  /** When the start request was accepted, epoch ms. */
  requestedAt: number
  stepMs: number
  volumes: Volumes
  outcome: SyncOutcome
}

interface StepWindow {
  definition: StepDefinition
  startsAt: number
  endsAt: number
}

/**
 * When each step runs, to the millisecond. The wire's timestamps are whole
 * seconds, as in the reference; the benchmarks need the exact moments.
 */
export function stepWindows(
  plan: Pick<SyncPlan, 'requestedAt' | 'stepMs'>,
): StepWindow[] {
  let cursor = plan.requestedAt + QUEUE_WEIGHT * plan.stepMs

  return STEPS.map((definition) => {
    const startsAt = cursor
    cursor += definition.weight * plan.stepMs
    return { definition, startsAt, endsAt: cursor }
  })
}

function failingIndex(outcome: SyncOutcome): number {
  if (outcome.kind !== 'failed') return -1

  return STEPS.findIndex((step) => step.name === outcome.step)
}

/** When the sync reaches its final status, epoch ms. */
export function syncEndsAt(plan: SyncPlan): number {
  const windows = stepWindows(plan)
  const { outcome } = plan
  const failing = windows[failingIndex(outcome)]

  if (failing && outcome.kind === 'failed') {
    const length = failing.endsAt - failing.startsAt
    return failing.startsAt + Math.round(length * outcome.atFraction)
  }

  return windows.at(-1)?.endsAt ?? plan.requestedAt
}

const TERMINAL = new Set(['completed', 'failed', 'completed_with_errors'])

export function isTerminalStatus(status: string): boolean {
  return TERMINAL.has(status)
}

/** `queued`, `running` or the outcome's status word. */
export function syncStatusAt(plan: SyncPlan, now: number): string {
  const startsAt = plan.requestedAt + QUEUE_WEIGHT * plan.stepMs

  if (now < startsAt) return 'queued'

  return now < syncEndsAt(plan) ? 'running' : plan.outcome.kind
}

/**
 * The sync as the status endpoint reports it at `now`. Pure: the same plan
 * and clock always give the same answer.
 *
 * A failing step ends as `failed` with its message and the sync stops there;
 * the steps after it stay `queued` with a zero count, because they never ran.
 */
export function describeSync(plan: SyncPlan, now: number): SyncStatusData {
  const windows = stepWindows(plan)
  const startedAt = windows[0]?.startsAt ?? plan.requestedAt
  const endsAt = syncEndsAt(plan)
  const failedAt = failingIndex(plan.outcome)
  const steps = windows.map((window, index) =>
    failedAt !== -1 && index > failedAt
      ? queuedStep(window.definition.name)
      : describeStep(plan, window, now, endsAt),
  )
  const status = syncStatusAt(plan, now)

  return {
    syncId: plan.syncId,
    status,
    message: syncMessage(plan, status),
    startedAt: isoOrNull(status === 'queued' ? null : startedAt),
    completedAt: isoOrNull(isTerminalStatus(status) ? endsAt : null),
    steps,
  }
}

function syncMessage(plan: SyncPlan, status: string): string {
  const { outcome } = plan

  if (status === 'queued') return 'Sync queued.'
  if (status === 'running') return 'Sync in progress.'
  if (outcome.kind === 'failed') return `Sync failed at ${outcome.step}.`
  if (outcome.kind === 'completed_with_errors') {
    return `Sync completed with errors in ${outcome.step}.`
  }

  return 'Sync completed.'
}

function queuedStep(name: StepName): SyncStepData {
  return {
    name,
    status: 'queued',
    message: 'Waiting to start.',
    count: 0,
    startedAt: null,
    completedAt: null,
  }
}

function describeStep(
  plan: SyncPlan,
  { definition, startsAt, endsAt }: StepWindow,
  now: number,
  syncEndsAtMs: number,
): SyncStepData {
  const { outcome } = plan
  const target = definition.target(plan.volumes)
  const stopsAt = Math.min(endsAt, syncEndsAtMs)

  if (now < startsAt) return queuedStep(definition.name)
  if (now < stopsAt) {
    const progress = (now - startsAt) / (endsAt - startsAt)
    return {
      name: definition.name,
      status: 'running',
      message: definition.runningMessage(plan),
      count: Math.floor(target * progress),
      startedAt: isoOrNull(startsAt),
      completedAt: null,
    }
  }
  const isOutcomeStep =
    outcome.kind !== 'completed' && outcome.step === definition.name
  const failedCount =
    outcome.kind === 'failed' ? Math.floor(target * outcome.atFraction) : target

  return {
    name: definition.name,
    status: isOutcomeStep ? outcome.kind : 'completed',
    message: isOutcomeStep ? outcome.message : definition.doneMessage(plan),
    count: isOutcomeStep ? failedCount : target,
    startedAt: isoOrNull(startsAt),
    completedAt: isoOrNull(stopsAt),
  }
}

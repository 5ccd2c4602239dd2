import { isFailureStatus } from './status.ts'

type Step = { name: string; count: number | null }
type PastSync = {
  syncId: string
  status: string
  isFinal: boolean
  startedAt: Date | null
  completedAt: Date | null
  steps: Step[]
}

export type CountDrop = {
  stepName: string
  count: number
  typicalCount: number
}

// A step moving a fifth of its usual volume deserves a look even when the
// sync says it completed; below 50 the usual volume is too small to judge.
const DROP_RATIO = 0.2
const MIN_TYPICAL = 50
const BASELINE_SIZE = 10

function median(values: number[]) {
  const sorted = values.toSorted((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  if (sorted.length === 0) return null
  return sorted.length % 2
    ? (sorted[middle] ?? null)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/**
 * Steps of `sync` whose count fell far below the same step in the entity's
 * recent successful syncs (newest first in `history`, which may include
 * `sync` itself), e.g. "Extract: 0, usually about 1,200".
 */
export function findCountDrops(
  sync: PastSync,
  history: PastSync[],
): CountDrop[] {
  const index = history.findIndex((s) => s.syncId === sync.syncId)
  const earlier = (index === -1 ? history : history.slice(index + 1))
    .filter((s) => s.status === 'completed')
    .slice(0, BASELINE_SIZE)
  if (earlier.length < 3) return []

  return sync.steps.flatMap((step) => {
    if (step.count === null) return []
    const past = earlier.flatMap((s) =>
      s.steps
        .filter((p) => p.name === step.name && p.count !== null)
        .map((p) => p.count ?? 0),
    )
    const typical = median(past)
    if (
      typical === null ||
      typical < MIN_TYPICAL ||
      step.count >= typical * DROP_RATIO
    )
      return []
    return [
      {
        stepName: step.name,
        count: step.count,
        typicalCount: Math.round(typical),
      },
    ]
  })
}

export type HistorySummary = {
  finishedCount: number
  /** Share of finished syncs that completed, 0 to 1; null with none finished. */
  successRate: number | null
  lastSuccessAt: Date | null
}

export function summariseHistory(history: PastSync[]): HistorySummary {
  const finished = history.filter((s) => s.isFinal)
  const successes = finished.filter((s) => s.status === 'completed')
  const lastSuccess = successes[0]
  return {
    finishedCount: finished.length,
    successRate: finished.length ? successes.length / finished.length : null,
    lastSuccessAt: lastSuccess
      ? (lastSuccess.completedAt ?? lastSuccess.startedAt)
      : null,
  }
}

export function isProblemSync(sync: Pick<PastSync, 'status'>) {
  return isFailureStatus(sync.status) || sync.status === 'completed_with_errors'
}

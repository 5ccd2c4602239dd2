import type { SyncStatus } from '../../api/syncs.ts'
import {
  isFailureStatus,
  isSyncFinished,
  isTerminalStatus,
  statusLabel,
} from '../../lib/status.ts'

export type Progress = {
  doneCount: number
  totalCount: number
  failedStepName: string | null
  /** One line for a glance, e.g. "2 of 4 steps done" or "Failed at Load". */
  headline: string
}

export function summariseProgress(sync: SyncStatus): Progress {
  const totalCount = sync.steps.length
  const doneCount = sync.steps.filter(
    (step) => step.completedAt !== null || isTerminalStatus(step.status),
  ).length
  const failedStep = sync.steps.find((step) => isFailureStatus(step.status))
  const failedStepName = failedStep?.name ?? null

  let headline = `${doneCount} of ${totalCount} steps done`
  if (failedStepName) headline = `Failed at ${failedStepName}`
  else if (isSyncFinished(sync)) headline = statusLabel(sync.status)
  else if (totalCount === 0) headline = statusLabel(sync.status)

  return { doneCount, totalCount, failedStepName, headline }
}

import type { SyncStep } from '../api/syncs.ts'
import { isFailureStatus } from '../lib/status.ts'
import { SyncStepItem, type TimeAxis } from './sync-step-item.tsx'

type SyncStepListProps = {
  steps: SyncStep[]
  /** The clock running durations are measured against. */
  now: Date
  /** Whether the sync has ended; leftover running steps then read "Unknown". */
  isSyncOver: boolean
  /** The sync's span, for placing each step's bar; null hides the bars. */
  axis: TimeAxis | null
}

/** A sync's steps in upstream order, each with status, count, time and message. */
export function SyncStepList({
  steps,
  now,
  isSyncOver,
  axis,
}: SyncStepListProps) {
  if (steps.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-line-strong p-4 text-sm text-ink-muted">
        xPnA has not reported any steps for this sync yet.
      </p>
    )
  }

  const firstFailedIndex = steps.findIndex((step) =>
    isFailureStatus(step.status),
  )
  return (
    <ol
      aria-label="Sync steps"
      className="divide-y divide-line overflow-hidden rounded-lg border border-line bg-surface"
    >
      {steps.map((step, index) => (
        <SyncStepItem
          // Upstream gives steps no id; names may repeat, positions do not.
          key={`${index}-${step.name}`}
          step={step}
          now={now}
          isSyncOver={isSyncOver}
          axis={axis}
          isFirstFailure={index === firstFailedIndex}
        />
      ))}
    </ol>
  )
}

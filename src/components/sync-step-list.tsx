import type { SyncStep } from '../api/syncs.ts'
import { cn } from '../lib/cn.ts'
import { isFailureStatus, statusLabel, statusTone } from '../lib/status.ts'
import {
  elapsedMs,
  formatCount,
  formatDuration,
  formatExact,
} from '../lib/time.ts'
import { StatusBadge } from './status-badge.tsx'

type SyncStepListProps = {
  steps: SyncStep[]
  /** The clock running durations are measured against. */
  now: Date
}

/** A sync's steps in upstream order, each with status, count, time and message. */
export function SyncStepList({ steps, now }: SyncStepListProps) {
  if (steps.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-line-strong p-4 text-sm text-ink-muted">
        xPnA has not reported any steps for this sync yet.
      </p>
    )
  }

  return (
    <ol
      aria-label="Sync steps"
      className="divide-y divide-line overflow-hidden rounded-lg border border-line bg-surface"
    >
      {steps.map((step, index) => (
        <StepItem key={`${index}-${step.name}`} step={step} now={now} />
      ))}
    </ol>
  )
}

function StepItem({ step, now }: { step: SyncStep; now: Date }) {
  const isFailed = isFailureStatus(step.status)
  const durationMs = step.startedAt
    ? elapsedMs(step.startedAt, step.completedAt, now)
    : null

  return (
    <li
      className={cn(
        'grid grid-cols-[minmax(8rem,1fr)_auto] gap-x-4 gap-y-1 px-4 py-3',
        'sm:grid-cols-[minmax(8rem,12rem)_9rem_7rem_6rem_1fr]',
        isFailed && 'border-l-4 border-l-tone-danger-dot bg-tone-danger-bg/60',
      )}
    >
      <span className="font-medium text-ink">{step.name}</span>
      <span>
        <StatusBadge
          tone={statusTone(step.status)}
          label={statusLabel(step.status)}
        />
      </span>
      <span className="text-sm text-ink-muted tabular-nums">
        <span className="sr-only">Count: </span>
        {step.count === null ? '—' : formatCount(step.count)}
      </span>
      <span
        className="text-sm text-ink-muted tabular-nums"
        title={
          step.startedAt ? `Started ${formatExact(step.startedAt)}` : undefined
        }
      >
        <span className="sr-only">Duration: </span>
        {durationMs === null ? 'Not started' : formatDuration(durationMs)}
      </span>
      <span
        className={cn(
          'col-span-full text-sm break-words whitespace-pre-wrap sm:col-span-1',
          isFailed ? 'font-medium text-tone-danger-fg' : 'text-ink-muted',
        )}
      >
        {step.message ?? ''}
      </span>
    </li>
  )
}

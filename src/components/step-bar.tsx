import type { SyncStep } from '../api/syncs.ts'
import { cn } from '../lib/cn.ts'
import type { TimeAxis } from './sync-step-item.tsx'

type StepBarProps = {
  step: SyncStep
  axis: TimeAxis
  now: Date
  isRunning: boolean
  isFailed: boolean
}

// Bars narrower than this vanish; a step that took a moment still shows.
const MIN_WIDTH_PERCENT = 0.8

/**
 * Where the step sat within the whole sync, so long steps and idle gaps
 * between steps stand out. Decorative: the times are also given as text.
 */
export function StepBar({
  step,
  axis,
  now,
  isRunning,
  isFailed,
}: StepBarProps) {
  const spanMs = axis.end.getTime() - axis.start.getTime()

  if (!step.startedAt || spanMs <= 0) {
    return <span aria-hidden className="hidden h-2 sm:block" />
  }

  const end = step.completedAt ?? (isRunning ? now : step.startedAt)
  const left = percent(step.startedAt.getTime() - axis.start.getTime(), spanMs)
  const width = Math.max(
    MIN_WIDTH_PERCENT,
    percent(end.getTime() - step.startedAt.getTime(), spanMs),
  )

  return (
    <span
      aria-hidden
      className="relative col-span-full block h-2 rounded-full bg-line/60 sm:col-span-1"
    >
      <span
        className={cn(
          'absolute inset-y-0 rounded-full',
          isFailed
            ? 'bg-tone-danger-dot'
            : isRunning
              ? 'animate-pulse bg-tone-running-dot'
              : 'bg-tone-success-dot',
        )}
        style={{ left: `${left}%`, width: `${Math.min(width, 100 - left)}%` }}
      />
    </span>
  )
}

function percent(partMs: number, wholeMs: number) {
  return Math.min(100, Math.max(0, (partMs / wholeMs) * 100))
}

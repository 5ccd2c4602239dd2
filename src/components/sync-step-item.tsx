import { useEffect, useRef } from 'react'

import type { SyncStep } from '../api/syncs.ts'
import { cn } from '../lib/cn.ts'
import { isFailureStatus, stepView } from '../lib/status.ts'
import {
  elapsedMs,
  formatCount,
  formatDuration,
  formatExact,
} from '../lib/time.ts'
import { FailureHelp } from './failure-help.tsx'
import { LongText } from './long-text.tsx'
import { StatusBadge } from './status-badge.tsx'
import { StepBar } from './step-bar.tsx'

export type TimeAxis = { start: Date; end: Date }

type SyncStepItemProps = {
  step: SyncStep
  now: Date
  isSyncOver: boolean
  axis: TimeAxis | null
  /** The first failed step is brought into view once, when it appears. */
  isFirstFailure: boolean
}

export function SyncStepItem({
  step,
  now,
  isSyncOver,
  axis,
  isFirstFailure,
}: SyncStepItemProps) {
  const ref = useRef<HTMLLIElement>(null)
  const view = stepView(step.status, isSyncOver)
  const isFailed = isFailureStatus(step.status)
  const isRunning =
    !isSyncOver && step.startedAt !== null && step.completedAt === null
  const durationMs = step.startedAt
    ? elapsedMs(step.startedAt, step.completedAt, now)
    : null

  useEffect(() => {
    if (isFirstFailure) ref.current?.scrollIntoView({ block: 'nearest' })
  }, [isFirstFailure])

  return (
    <li
      ref={ref}
      className={cn(
        'border-l-4 px-4 py-3',
        isFailed
          ? 'border-l-tone-danger-dot bg-tone-danger-bg/60'
          : 'border-l-transparent',
      )}
    >
      <div className="grid grid-cols-[minmax(7rem,1fr)_auto] items-center gap-x-4 gap-y-1 sm:grid-cols-[minmax(7rem,11rem)_9.5rem_8rem_8rem_1fr]">
        <span className="font-medium text-ink">{step.name}</span>
        <span title={view.note ?? undefined}>
          <StatusBadge tone={view.tone} label={view.label} />
        </span>
        <span className="text-sm text-ink-muted tabular-nums">
          <span className="text-2xs tracking-wide text-ink-faint uppercase">
            Count{' '}
          </span>
          {step.count === null ? '—' : formatCount(step.count)}
        </span>
        <span
          className="text-sm text-ink-muted tabular-nums"
          title={
            step.startedAt
              ? `Started ${formatExact(step.startedAt)}`
              : undefined
          }
        >
          <span className="text-2xs tracking-wide text-ink-faint uppercase">
            Took{' '}
          </span>
          {durationMs === null ? 'not started' : formatDuration(durationMs)}
        </span>
        {axis && (
          <StepBar
            step={step}
            axis={axis}
            now={now}
            isRunning={isRunning}
            isFailed={isFailed}
          />
        )}
      </div>
      {step.message && (
        <LongText
          text={step.message}
          isInitiallyExpanded={isFailed}
          className={cn(
            'mt-1 text-sm',
            isFailed ? 'font-medium text-tone-danger-fg' : 'text-ink-muted',
          )}
        />
      )}
      {view.note && <p className="mt-1 text-xs text-ink-faint">{view.note}</p>}
      {isFailed && <FailureHelp message={step.message} />}
    </li>
  )
}

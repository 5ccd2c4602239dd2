import { CircleCheck, TriangleAlert } from 'lucide-react'
import { useId } from 'react'

import { cn } from '../../lib/cn.ts'
import { formatExact } from '../../lib/time.ts'
import { isCutoffTime } from './close-cutoff.ts'
import type { Readiness } from './overview-search.ts'

type ReadyForCloseProps = {
  counts: Record<Readiness, number>
  cutoffTime: string
  cutoff: Date
  /** "today" or "yesterday": which morning the cut-off time means. */
  cutoffDay: string
  selected: Readiness | undefined
  onCutoffTimeChange: (time: string) => void
  onSelect: (readiness: Readiness | undefined) => void
}

/**
 * "Can we consolidate now?" in one line: how many active entities hold data
 * synced cleanly since the cut-off, and a way to list the rest.
 */
export function ReadyForClose({
  counts,
  cutoffTime,
  cutoff,
  cutoffDay,
  selected,
  onCutoffTimeChange,
  onSelect,
}: ReadyForCloseProps) {
  const inputId = useId()
  const total = counts.fresh + counts.stale
  const isReady = total > 0 && counts.stale === 0
  const Icon = isReady ? CircleCheck : TriangleAlert

  return (
    <section
      aria-label="Ready for close"
      className={cn(
        'flex flex-wrap items-center gap-x-6 gap-y-2 rounded-lg border px-4 py-3 text-sm',
        isReady
          ? 'border-tone-success-dot/40 bg-tone-success-bg text-tone-success-fg'
          : 'border-line bg-surface text-ink',
      )}
    >
      <p className="flex items-center gap-2 font-medium">
        <Icon
          aria-hidden
          className={cn(
            'size-4 shrink-0',
            isReady ? 'text-tone-success-fg' : 'text-tone-warning-fg',
          )}
        />
        <span
          title={`Fresh: synced without errors since ${formatExact(cutoff)}`}
        >
          {isReady
            ? `Ready for close: all ${total} active entities are fresh`
            : `Ready for close: ${counts.fresh} of ${total} active entities ` +
              `fresh, ${counts.stale} stale`}
        </span>
      </p>
      <label
        htmlFor={inputId}
        className="flex items-center gap-2 text-ink-muted"
      >
        Fresh if synced since {cutoffDay} at
        <input
          id={inputId}
          type="time"
          required
          value={cutoffTime}
          onChange={(event) => {
            if (isCutoffTime(event.target.value)) {
              onCutoffTimeChange(event.target.value)
            }
          }}
          className="rounded-md border border-line-strong bg-surface px-2 py-0.5 text-ink"
        />
      </label>
      <div className="flex gap-2">
        {(['stale', 'fresh'] as const).map((readiness) => (
          <button
            key={readiness}
            type="button"
            aria-pressed={selected === readiness}
            onClick={() =>
              onSelect(selected === readiness ? undefined : readiness)
            }
            className={cn(
              'rounded-md border px-2 py-0.5 font-medium',
              selected === readiness
                ? 'border-accent bg-accent text-accent-contrast'
                : 'border-line-strong bg-surface text-ink hover:bg-canvas',
            )}
          >
            {readiness === 'stale'
              ? `Show ${counts.stale} stale`
              : `Show ${counts.fresh} fresh`}
          </button>
        ))}
      </div>
    </section>
  )
}

import { cn } from '../../lib/cn.ts'
import { HEALTH_TONE, type Health } from '../../lib/status.ts'
import { HEALTH_FILTERS } from './overview-search.ts'

export const SUMMARY_LABEL: Record<Health, string> = {
  error: 'Needs attention',
  syncing: 'Syncing now',
  overdue: 'Overdue',
  inactive: 'Inactive',
  healthy: 'Healthy',
}

const HINT: Record<Health, string> = {
  error: 'The last sync failed or reported errors',
  syncing: 'A sync is running now',
  overdue: 'The scheduled sync is late and has not started',
  inactive: 'Switched off in xPnA; not part of the schedule',
  healthy: 'Synced without errors and on schedule',
}

const SHOW_ALL = 'Click to show all.'
const SHOW_THESE = 'Click to show only these.'

const SELECTED: Record<string, string> = {
  danger: 'border-tone-danger-dot bg-tone-danger-bg',
  running: 'border-tone-running-dot bg-tone-running-bg',
  warning: 'border-tone-warning-dot bg-tone-warning-bg',
  neutral: 'border-tone-neutral-dot bg-tone-neutral-bg',
  success: 'border-tone-success-dot bg-tone-success-bg',
}

const DOT: Record<string, string> = {
  danger: 'bg-tone-danger-dot',
  running: 'bg-tone-running-dot',
  warning: 'bg-tone-warning-dot',
  neutral: 'bg-tone-neutral-dot',
  success: 'bg-tone-success-dot',
}

type SummaryBarProps = {
  counts: Record<Health, number>
  selected: Health | undefined
  onSelect: (health: Health | undefined) => void
}

/** The morning's first answer: how many need what, each count a filter. */
export function SummaryBar({ counts, selected, onSelect }: SummaryBarProps) {
  return (
    <ul
      aria-label="Connections by health"
      className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5"
    >
      {HEALTH_FILTERS.map((health) => {
        const tone = HEALTH_TONE[health]
        const isSelected = selected === health
        return (
          <li key={health}>
            <button
              type="button"
              aria-pressed={isSelected}
              title={`${HINT[health]}. ${isSelected ? SHOW_ALL : SHOW_THESE}`}
              onClick={() => onSelect(isSelected ? undefined : health)}
              className={cn(
                'flex w-full items-center justify-between gap-2',
                'rounded-lg border px-3 py-2 text-left',
                'hover:border-line-strong',
                isSelected ? SELECTED[tone] : 'border-line bg-surface',
              )}
            >
              <span className="flex items-center gap-2 text-sm text-ink-muted">
                <span
                  aria-hidden
                  className={cn('size-2.5 shrink-0 rounded-full', DOT[tone])}
                />
                {SUMMARY_LABEL[health]}
              </span>
              <span className="text-lg font-semibold text-ink tabular-nums">
                {counts[health].toLocaleString('en-US')}
              </span>
            </button>
          </li>
        )
      })}
    </ul>
  )
}

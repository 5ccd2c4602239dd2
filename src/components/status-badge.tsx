import { cn } from '../lib/cn.ts'
import type { Tone } from '../lib/status.ts'

const TONE_CLASS: Record<Tone, string> = {
  success: 'bg-tone-success-bg text-tone-success-fg ring-tone-success-dot/30',
  danger: 'bg-tone-danger-bg text-tone-danger-fg ring-tone-danger-dot/30',
  running: 'bg-tone-running-bg text-tone-running-fg ring-tone-running-dot/30',
  warning: 'bg-tone-warning-bg text-tone-warning-fg ring-tone-warning-dot/30',
  neutral: 'bg-tone-neutral-bg text-tone-neutral-fg ring-tone-neutral-dot/40',
}

const DOT_CLASS: Record<Tone, string> = {
  success: 'bg-tone-success-dot',
  danger: 'bg-tone-danger-dot',
  running: 'bg-tone-running-dot animate-pulse-dot',
  warning: 'bg-tone-warning-dot',
  neutral: 'bg-tone-neutral-dot',
}

type StatusBadgeProps = {
  tone: Tone
  label: string
  className?: string
}

/** A status as words on a tinted pill; the colour only repeats the words. */
export function StatusBadge({ tone, label, className }: StatusBadgeProps) {
  return (
    <span
      className={cn(
        'inline-flex items-center gap-1.5 rounded-full px-2 py-0.5',
        'text-xs font-medium whitespace-nowrap ring-1 ring-inset',
        TONE_CLASS[tone],
        className,
      )}
    >
      <span
        aria-hidden
        className={cn('size-1.5 rounded-full', DOT_CLASS[tone])}
      />
      {label}
    </span>
  )
}

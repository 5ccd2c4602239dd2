import {
  CircleCheck,
  CircleDashed,
  CircleX,
  LoaderCircle,
  TriangleAlert,
  type LucideIcon,
} from 'lucide-react'

import { cn } from '../lib/cn.ts'
import type { Tone } from '../lib/status.ts'

const TONE_CLASS: Record<Tone, string> = {
  success: 'bg-tone-success-bg text-tone-success-fg ring-tone-success-dot/30',
  danger: 'bg-tone-danger-bg text-tone-danger-fg ring-tone-danger-dot/30',
  running: 'bg-tone-running-bg text-tone-running-fg ring-tone-running-dot/30',
  warning: 'bg-tone-warning-bg text-tone-warning-fg ring-tone-warning-dot/30',
  neutral: 'bg-tone-neutral-bg text-tone-neutral-fg ring-tone-neutral-dot/40',
}

// A shape per tone, so status reads without colour too (WCAG 1.4.1).
const TONE_ICON: Record<Tone, LucideIcon> = {
  success: CircleCheck,
  danger: CircleX,
  running: LoaderCircle,
  warning: TriangleAlert,
  neutral: CircleDashed,
}

type StatusBadgeProps = {
  tone: Tone
  label: string
  className?: string
}

/** A status as words and a shape on a tinted pill; colour only repeats them. */
export function StatusBadge({ tone, label, className }: StatusBadgeProps) {
  const Icon = TONE_ICON[tone]

  return (
    <span
      className={cn(
        'inline-flex items-center gap-1 rounded-full py-0.5 pr-2 pl-1.5',
        'text-xs font-medium whitespace-nowrap ring-1 ring-inset',
        TONE_CLASS[tone],
        className,
      )}
    >
      <Icon
        aria-hidden
        strokeWidth={2.25}
        className={cn(
          'size-3.5',
          tone === 'running' && 'motion-safe:animate-spin',
        )}
      />
      {label}
    </span>
  )
}

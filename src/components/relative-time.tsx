import { useNow } from '../hooks/use-now.ts'
import { formatExact, formatRelative } from '../lib/time.ts'

type RelativeTimeProps = {
  date: Date | null
  /** Shown when there is no date, e.g. "Never" or "Not scheduled". */
  emptyLabel?: string
}

/** "5 minutes ago", with the exact local time on hover and for machines. */
export function RelativeTime({ date, emptyLabel = '—' }: RelativeTimeProps) {
  const now = useNow(15_000, date !== null)

  if (!date) return <span className="text-ink-faint">{emptyLabel}</span>

  const exact = formatExact(date)
  return (
    <time dateTime={date.toISOString()} title={exact}>
      {formatRelative(date, now)}
    </time>
  )
}

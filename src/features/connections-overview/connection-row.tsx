import { Link } from '@tanstack/react-router'
import { memo } from 'react'

import type { Connection } from '../../api/connections.ts'
import { RelativeTime } from '../../components/relative-time.tsx'
import { StatusBadge } from '../../components/status-badge.tsx'
import { SyncButton } from '../../components/sync-button.tsx'
import { cn } from '../../lib/cn.ts'
import {
  HEALTH_LABEL,
  HEALTH_TONE,
  statusLabel,
  statusTone,
} from '../../lib/status.ts'
import { formatExact, formatScheduled } from '../../lib/time.ts'
import { FailureReason } from './failure-reason.tsx'
import type { ConnectionRow as Row } from './view-connections.ts'

export const CELL = 'px-3 py-2 align-top'

type ConnectionRowProps = {
  row: Row
  index: number
  now: Date
  isSelected: boolean
  isActiveRow: boolean
  onToggle: (entityId: string) => void
  measure: (element: HTMLTableRowElement | null) => void
}

/**
 * One connection. Memoised so typing in the search box re-renders only the
 * rows that come or go, not every row on screen.
 */
export const ConnectionRow = memo(function ConnectionRow({
  row,
  index,
  now,
  isSelected,
  isActiveRow,
  onToggle,
  measure,
}: ConnectionRowProps) {
  const { connection, health } = row
  const needsReason = health === 'error' && connection.lastSyncId !== null

  return (
    <tr
      ref={measure}
      data-index={index}
      aria-rowindex={index + 2}
      tabIndex={isActiveRow ? 0 : -1}
      className={cn(
        'border-b border-line last:border-0 hover:bg-canvas/60',
        'focus-visible:bg-canvas focus-visible:-outline-offset-2',
        isSelected && 'bg-tone-running-bg/40',
      )}
    >
      <td className={cn(CELL, 'pr-0')}>
        <input
          type="checkbox"
          aria-label={`Select ${connection.entityName}`}
          checked={isSelected}
          onChange={() => onToggle(connection.entityId)}
          className="mt-1 size-4 accent-accent"
        />
      </td>
      <th scope="row" className={cn(CELL, 'min-w-0 text-left font-medium')}>
        <Link
          to="/connections/$entityId"
          params={{ entityId: connection.entityId }}
          className="block truncate text-ink hover:text-link hover:underline"
          title={connection.entityName}
        >
          {connection.entityName}
        </Link>
        {needsReason && connection.lastSyncId && (
          <FailureReason syncId={connection.lastSyncId} />
        )}
      </th>
      <td
        className={cn(CELL, 'truncate text-ink-muted')}
        title={connection.sourceSystem ?? undefined}
      >
        {connection.sourceSystem ?? 'Unknown'}
      </td>
      <td className={CELL}>
        <StatusBadge tone={HEALTH_TONE[health]} label={HEALTH_LABEL[health]} />
      </td>
      <td className={cn(CELL, 'whitespace-nowrap')}>
        <RelativeTime date={connection.lastSyncAt} emptyLabel="Never" />
      </td>
      <td className={CELL}>
        <LastSyncStatus connection={connection} />
      </td>
      <td className={cn(CELL, 'whitespace-nowrap')}>
        <NextSync
          date={connection.nextScheduledSyncAt}
          now={now}
          isOverdue={health === 'overdue'}
        />
      </td>
      <td className={cn(CELL, 'text-right')}>
        <SyncButton connection={connection} />
      </td>
    </tr>
  )
})

function LastSyncStatus({ connection }: { connection: Connection }) {
  const status = connection.lastSyncStatus

  if (!status) return <span className="text-ink-faint">—</span>
  const badge = (
    <StatusBadge tone={statusTone(status)} label={statusLabel(status)} />
  )
  if (!connection.lastSyncId) return badge
  return (
    <Link
      to="/syncs/$syncId"
      params={{ syncId: connection.lastSyncId }}
      search={{ entityId: connection.entityId }}
      aria-label={`Last sync of ${connection.entityName}: ${statusLabel(status)}`}
      className="rounded-full hover:opacity-80"
    >
      {badge}
    </Link>
  )
}

function NextSync({
  date,
  now,
  isOverdue,
}: {
  date: Date | null
  now: Date
  isOverdue: boolean
}) {
  if (!date) return <span className="text-ink-faint">Not scheduled</span>
  return (
    <time
      dateTime={date.toISOString()}
      title={formatExact(date)}
      className={cn(isOverdue && 'font-medium text-tone-warning-fg')}
    >
      {formatScheduled(date, now, { isOverdue })}
    </time>
  )
}

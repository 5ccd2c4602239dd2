import { Link } from '@tanstack/react-router'

import type { RecordedSync } from '../../api/ledger.ts'
import { RelativeTime } from '../../components/relative-time.tsx'
import { StatusBadge } from '../../components/status-badge.tsx'
import { startedByLabel } from '../../lib/started-by.ts'
import { isFailureStatus, statusLabel, statusTone } from '../../lib/status.ts'
import { formatDuration } from '../../lib/time.ts'

const HEAD =
  'px-4 py-2 text-left text-xs font-semibold tracking-wide text-ink-muted uppercase'

export function ActivityTable({ syncs }: { syncs: RecordedSync[] }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full min-w-table text-sm">
        <caption className="sr-only">Recorded syncs, newest first</caption>
        <thead className="border-b border-line bg-canvas">
          <tr>
            <th scope="col" className={HEAD}>
              Started
            </th>
            <th scope="col" className={HEAD}>
              Entity
            </th>
            <th scope="col" className={HEAD}>
              Status
            </th>
            <th scope="col" className={HEAD}>
              Duration
            </th>
            <th scope="col" className={HEAD}>
              Started by
            </th>
            <th scope="col" className={HEAD}>
              What happened
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {syncs.map((sync) => (
            <ActivityRow key={sync.syncId} sync={sync} />
          ))}
        </tbody>
      </table>
    </div>
  )
}

function ActivityRow({ sync }: { sync: RecordedSync }) {
  const failed = sync.steps.find((step) => isFailureStatus(step.status))
  const name = sync.entityName ?? sync.entityId

  return (
    <tr>
      <td className="px-4 py-2 whitespace-nowrap">
        <RelativeTime date={sync.startedAt ?? sync.firstSeenAt} />
      </td>
      <th scope="row" className="px-4 py-2 text-left font-medium">
        <Link
          to="/connections/$entityId"
          params={{ entityId: sync.entityId }}
          className="hover:underline"
        >
          {name}
        </Link>
      </th>
      <td className="px-4 py-2">
        <Link
          to="/syncs/$syncId"
          params={{ syncId: sync.syncId }}
          search={{ entityId: sync.entityId }}
          aria-label={`${statusLabel(sync.status)}: open the ${name} sync`}
        >
          <StatusBadge
            tone={statusTone(sync.status)}
            label={statusLabel(sync.status)}
          />
        </Link>
      </td>
      <td className="px-4 py-2 tabular-nums">
        {sync.startedAt && sync.completedAt
          ? formatDuration(
              sync.completedAt.getTime() - sync.startedAt.getTime(),
            )
          : '—'}
      </td>
      <td className="px-4 py-2">
        {startedByLabel(sync.startedByKind, sync.startedBy)}
      </td>
      <td className="max-w-md px-4 py-2 break-words text-ink-muted">
        {failed
          ? `${failed.name}: ${failed.message ?? 'failed'}`
          : (sync.message ?? '')}
      </td>
    </tr>
  )
}

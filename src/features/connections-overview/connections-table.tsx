import { Link } from '@tanstack/react-router'

import type { Connection } from '../../api/connections.ts'
import { RelativeTime } from '../../components/relative-time.tsx'
import { StatusBadge } from '../../components/status-badge.tsx'
import { SyncButton } from '../../components/sync-button.tsx'
import {
  connectionHealth,
  HEALTH_LABEL,
  HEALTH_TONE,
  statusLabel,
  statusTone,
} from '../../lib/status.ts'

const HEADER_CLASS =
  'px-4 py-2 text-left text-xs font-semibold tracking-wide text-ink-muted uppercase'

export function ConnectionsTable({
  connections,
}: {
  connections: Connection[]
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full min-w-[56rem] text-sm">
        <caption className="sr-only">Connections and their sync state</caption>
        <thead className="border-b border-line bg-canvas">
          <tr>
            <th scope="col" className={HEADER_CLASS}>
              Entity
            </th>
            <th scope="col" className={HEADER_CLASS}>
              Source system
            </th>
            <th scope="col" className={HEADER_CLASS}>
              Health
            </th>
            <th scope="col" className={HEADER_CLASS}>
              Last sync
            </th>
            <th scope="col" className={HEADER_CLASS}>
              Last sync status
            </th>
            <th scope="col" className={HEADER_CLASS}>
              Next scheduled sync
            </th>
            <th scope="col" className={HEADER_CLASS}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {connections.map((connection) => (
            <ConnectionRow key={connection.entityId} connection={connection} />
          ))}
        </tbody>
      </table>
    </div>
  )
}

function ConnectionRow({ connection }: { connection: Connection }) {
  const health = connectionHealth(connection)

  return (
    <tr className="hover:bg-canvas/60">
      <th scope="row" className="px-4 py-2.5 text-left font-medium">
        <Link
          to="/connections/$entityId"
          params={{ entityId: connection.entityId }}
          className="text-ink hover:text-link hover:underline"
        >
          {connection.entityName}
        </Link>
      </th>
      <td className="px-4 py-2.5 text-ink-muted">
        {connection.sourceSystem ?? 'Unknown'}
      </td>
      <td className="px-4 py-2.5">
        <StatusBadge tone={HEALTH_TONE[health]} label={HEALTH_LABEL[health]} />
      </td>
      <td className="px-4 py-2.5 whitespace-nowrap">
        <RelativeTime date={connection.lastSyncAt} emptyLabel="Never" />
      </td>
      <td className="px-4 py-2.5">
        {connection.lastSyncStatus ? (
          <LastSyncStatus
            connection={connection}
            status={connection.lastSyncStatus}
          />
        ) : (
          <span className="text-ink-faint">—</span>
        )}
      </td>
      <td className="px-4 py-2.5 whitespace-nowrap">
        <RelativeTime
          date={connection.nextScheduledSyncAt}
          emptyLabel="Not scheduled"
        />
      </td>
      <td className="px-4 py-2.5 text-right">
        <SyncButton connection={connection} />
      </td>
    </tr>
  )
}

function LastSyncStatus({
  connection,
  status,
}: {
  connection: Connection
  status: string
}) {
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

import { useSuspenseQuery } from '@tanstack/react-query'

import { connectionsQuery } from '../../api/connections.ts'
import { ErrorPanel } from '../../components/error-panel.tsx'
import { RelativeTime } from '../../components/relative-time.tsx'
import { HEALTH_LABEL, type Health } from '../../lib/status.ts'
import { ConnectionsTable } from './connections-table.tsx'
import { countByHealth, orderConnections } from './order-connections.ts'

const SUMMARY_ORDER: Health[] = ['error', 'syncing', 'healthy', 'inactive']

export function ConnectionsOverview() {
  const query = useSuspenseQuery(connectionsQuery())
  const connections = query.data.data
  const counts = countByHealth(connections)
  const ordered = orderConnections(connections)

  return (
    <section aria-labelledby="connections-heading">
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 id="connections-heading" className="text-xl font-semibold">
            Connections
          </h1>
          <p className="mt-1 text-sm text-ink-muted">
            {connections.length} connections
            {SUMMARY_ORDER.map((health) => (
              <span key={health}>
                {' · '}
                {counts[health]} {HEALTH_LABEL[health].toLowerCase()}
              </span>
            ))}
          </p>
        </div>
        <div className="flex items-center gap-3 text-sm text-ink-muted">
          <span>
            Updated <RelativeTime date={query.data.receivedAt} />
          </span>
          <button
            type="button"
            onClick={() => void query.refetch()}
            disabled={query.isFetching}
            className="rounded-md border border-line-strong bg-surface px-3 py-1 font-medium text-ink hover:bg-canvas disabled:opacity-60"
          >
            {query.isFetching ? 'Refreshing…' : 'Refresh'}
          </button>
        </div>
      </div>
      {query.isRefetchError && (
        <ErrorPanel
          className="mb-4"
          title="Showing the last list received: refreshing it failed"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}
      {connections.length === 0 ? (
        <EmptyWorkspace />
      ) : (
        <ConnectionsTable connections={ordered} />
      )}
    </section>
  )
}

function EmptyWorkspace() {
  return (
    <div className="rounded-lg border border-dashed border-line-strong bg-surface p-10 text-center">
      <p className="font-medium">This workspace has no connections yet</p>
      <p className="mt-1 text-sm text-ink-muted">
        Connections are added in xPnA itself; they appear here on the next
        refresh.
      </p>
    </div>
  )
}

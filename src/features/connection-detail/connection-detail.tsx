import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'

import { connectionsQuery } from '../../api/connections.ts'
import { Fact } from '../../components/fact.tsx'
import { RelativeTime } from '../../components/relative-time.tsx'
import { StatusBadge } from '../../components/status-badge.tsx'
import { SyncButton } from '../../components/sync-button.tsx'
import { useNow } from '../../hooks/use-now.ts'
import {
  connectionHealth,
  HEALTH_LABEL,
  HEALTH_TONE,
} from '../../lib/status.ts'
import { LatestSync } from './latest-sync.tsx'
import { RecentSyncs } from './recent-syncs.tsx'

export function ConnectionDetail({ entityId }: { entityId: string }) {
  const { data } = useSuspenseQuery(connectionsQuery())
  const connection = data.data.find((c) => c.entityId === entityId)
  const now = useNow(30_000)

  if (!connection) return <UnknownConnection entityId={entityId} />

  const health = connectionHealth(connection, now)
  return (
    <article aria-labelledby="connection-heading" className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-ink-muted">
        <Link to="/" className="hover:underline">
          Connections
        </Link>
      </nav>
      <header className="rounded-lg border border-line bg-surface p-5">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h1 id="connection-heading" className="text-xl font-semibold">
              {connection.entityName}
            </h1>
            <p className="mt-1 text-sm text-ink-muted">
              {connection.sourceSystem ?? 'Unknown source system'} · Entity ID{' '}
              <span className="font-mono select-all">
                {connection.entityId}
              </span>
            </p>
          </div>
          <SyncButton connection={connection} isNamed />
        </div>
        <dl className="mt-4 grid grid-cols-2 gap-x-6 gap-y-3 text-sm sm:grid-cols-4">
          <Fact label="Health">
            <StatusBadge
              tone={HEALTH_TONE[health]}
              label={HEALTH_LABEL[health]}
            />
          </Fact>
          <Fact label="Connection">
            {connection.isActive ? 'Active' : 'Inactive'}
          </Fact>
          <Fact label="Last sync">
            <RelativeTime date={connection.lastSyncAt} emptyLabel="Never" />
          </Fact>
          <Fact label="Next scheduled sync">
            <RelativeTime
              date={connection.nextScheduledSyncAt}
              emptyLabel="Not scheduled"
            />
          </Fact>
        </dl>
      </header>
      <LatestSync connection={connection} />
      <RecentSyncs entityId={connection.entityId} />
    </article>
  )
}

function UnknownConnection({ entityId }: { entityId: string }) {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-xl font-semibold">Connection not found</h1>
      <p className="mt-2 text-ink-muted">
        No connection with entity ID{' '}
        <span className="font-mono">{entityId}</span> is in this workspace.
      </p>
      <Link
        to="/"
        className="mt-4 inline-block font-medium text-link underline"
      >
        Back to all connections
      </Link>
    </div>
  )
}

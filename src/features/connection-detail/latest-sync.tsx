import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { useEffect } from 'react'

import type { Connection } from '../../api/connections.ts'
import { syncStatusQuery } from '../../api/syncs.ts'
import { ErrorPanel } from '../../components/error-panel.tsx'
import { LostContactPanel } from '../../components/lost-contact-panel.tsx'
import { StatusBadge } from '../../components/status-badge.tsx'
import { SyncStepList } from '../../components/sync-step-list.tsx'
import { useNow } from '../../hooks/use-now.ts'
import { isSyncFinished, statusLabel, statusTone } from '../../lib/status.ts'
import { timeAxisOf } from '../../lib/time-axis.ts'
import { formatExact } from '../../lib/time.ts'
import { watchedSyncs } from '../../lib/watched-syncs.ts'

/** The connection's most recent sync, live while it runs. */
export function LatestSync({ connection }: { connection: Connection }) {
  const syncId = connection.lastSyncId

  return (
    <section aria-labelledby="latest-sync-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="latest-sync-heading" className="text-lg font-semibold">
          Latest sync
        </h2>
        {syncId && (
          <Link
            to="/syncs/$syncId"
            params={{ syncId }}
            search={{ entityId: connection.entityId }}
            className="text-sm font-medium text-link hover:underline"
          >
            Open the full sync page
          </Link>
        )}
      </div>
      {syncId ? (
        <LatestSyncBody syncId={syncId} connection={connection} />
      ) : (
        <p className="rounded-lg border border-dashed border-line-strong bg-surface p-4 text-sm text-ink-muted">
          This connection has not synced yet.
        </p>
      )}
    </section>
  )
}

type LatestSyncBodyProps = { syncId: string; connection: Connection }

function LatestSyncBody({ syncId, connection }: LatestSyncBodyProps) {
  const query = useQuery(syncStatusQuery(syncId))
  const sync = query.data?.data
  const isFinished = sync ? isSyncFinished(sync) : undefined
  const now = useNow(1_000, isFinished === false)
  const { entityId, entityName } = connection

  // A sync seen running here is followed app-wide like one on its own page.
  useEffect(() => {
    if (isFinished !== false) return
    watchedSyncs.watch({ syncId, entityId, entityName })
  }, [isFinished, syncId, entityId, entityName])

  if (query.isPending) {
    return (
      <div
        aria-label="Loading the latest sync"
        className="h-40 animate-pulse rounded-lg bg-line"
      />
    )
  }
  if (query.isLoadingError) {
    return (
      <ErrorPanel
        title="Could not load the latest sync"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    )
  }

  const data = query.data.data
  return (
    <div className="space-y-3">
      {query.isRefetchError && (
        <LostContactPanel
          error={query.error}
          receivedAt={query.data.receivedAt}
          onRetry={() => void query.refetch()}
        />
      )}
      <p className="flex flex-wrap items-center gap-2 text-sm text-ink-muted">
        <StatusBadge
          tone={statusTone(data.status)}
          label={statusLabel(data.status)}
        />
        {data.startedAt && <span>Started {formatExact(data.startedAt)}</span>}
        {data.message && <span>· {data.message}</span>}
      </p>
      <SyncStepList
        steps={data.steps}
        now={now}
        isSyncOver={isSyncFinished(data)}
        axis={timeAxisOf(data, now)}
      />
    </div>
  )
}

import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'

import { connectionsQuery } from '../../api/connections.ts'
import { syncStatusQuery } from '../../api/syncs.ts'
import { ErrorPanel } from '../../components/error-panel.tsx'
import { SyncButton } from '../../components/sync-button.tsx'
import { SyncStepList } from '../../components/sync-step-list.tsx'
import { useNow } from '../../hooks/use-now.ts'
import { isSyncFinished } from '../../lib/status.ts'
import { SyncHeader } from './sync-header.tsx'
import { useSyncSideEffects } from './use-sync-side-effects.ts'

type SyncTimelineProps = {
  syncId: string
  /** From the link that led here; null when the page was opened cold. */
  entityId: string | null
}

export function SyncTimeline({ syncId, entityId }: SyncTimelineProps) {
  const query = useSuspenseQuery(syncStatusQuery(syncId))
  const { data: list } = useQuery(connectionsQuery())
  const sync = query.data.data
  const isFinished = isSyncFinished(sync)
  const now = useNow(1_000, !isFinished)
  const connection =
    list?.data.find((c) => c.entityId === entityId) ??
    list?.data.find((c) => c.lastSyncId === syncId) ??
    null

  useSyncSideEffects({ sync, entityName: connection?.entityName ?? null })

  return (
    <article aria-labelledby="sync-heading" className="space-y-5">
      <nav aria-label="Breadcrumb" className="text-sm text-ink-muted">
        <Link to="/" className="hover:underline">
          Connections
        </Link>
        {connection && (
          <>
            {' / '}
            <Link
              to="/connections/$entityId"
              params={{ entityId: connection.entityId }}
              className="hover:underline"
            >
              {connection.entityName}
            </Link>
          </>
        )}
      </nav>
      <SyncHeader
        sync={sync}
        connection={connection}
        now={now}
        action={
          isFinished && connection ? (
            <SyncButton connection={connection} label="Sync again" />
          ) : null
        }
      />
      {query.isRefetchError && (
        <ErrorPanel
          title="Lost contact with xPnA: showing the last status received"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}
      <SyncStepList steps={sync.steps} now={now} />
    </article>
  )
}

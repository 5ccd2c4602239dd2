import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'

import { connectionsQuery } from '../../api/connections.ts'
import { ledgerSyncQuery } from '../../api/ledger.ts'
import { syncStatusQuery } from '../../api/syncs.ts'
import { LostContactPanel } from '../../components/lost-contact-panel.tsx'
import { SyncButton } from '../../components/sync-button.tsx'
import { SyncStepList } from '../../components/sync-step-list.tsx'
import { useNow } from '../../hooks/use-now.ts'
import { isWatchExpired } from '../../lib/polling.ts'
import { isSyncFinished } from '../../lib/status.ts'
import { timeAxisOf } from '../../lib/time-axis.ts'
import { SyncActions } from './sync-actions.tsx'
import { SyncBreadcrumb } from './sync-breadcrumb.tsx'
import { SyncHeader } from './sync-header.tsx'
import { useSyncSideEffects } from './use-sync-side-effects.ts'
import { WatchStopped } from './watch-stopped.tsx'

type SyncTimelineProps = {
  syncId: string
  /** From the link that led here; null when the page was opened cold. */
  entityId: string | null
}

export function SyncTimeline({ syncId, entityId }: SyncTimelineProps) {
  const [watchStartedAt, setWatchStartedAt] = useState(() => new Date())
  const query = useSuspenseQuery(syncStatusQuery(syncId, { watchStartedAt }))
  const { data: list } = useQuery(connectionsQuery())
  const sync = query.data.data
  const isFinished = isSyncFinished(sync)
  const now = useNow(1_000, !isFinished)
  const known =
    list?.data.find((c) => c.entityId === entityId) ??
    list?.data.find((c) => c.lastSyncId === syncId) ??
    null
  // Opened cold and no longer the entity's latest: the ledger may know whose
  // sync it was.
  const { data: recorded } = useQuery({
    ...ledgerSyncQuery(syncId),
    enabled: list !== undefined && known === null,
  })
  const connection =
    known ?? list?.data.find((c) => c.entityId === recorded?.entityId) ?? null
  const hasStoppedWatching = isWatchExpired({ sync, now, watchStartedAt })

  useSyncSideEffects({ sync, connection, isWatching: !hasStoppedWatching })

  function handleResume() {
    setWatchStartedAt(new Date())
    void query.refetch()
  }

  return (
    <article aria-labelledby="sync-heading" className="space-y-5">
      <SyncBreadcrumb connection={connection} />
      <SyncHeader
        sync={sync}
        connection={connection}
        now={now}
        action={
          isFinished && connection ? (
            <SyncButton connection={connection} isNamed />
          ) : null
        }
      />
      <SyncActions
        result={query.data}
        connection={connection}
        isFinished={isFinished}
      />
      {hasStoppedWatching && (
        <WatchStopped status={sync.status} onResume={handleResume} />
      )}
      {query.isRefetchError && (
        <LostContactPanel
          error={query.error}
          receivedAt={query.data.receivedAt}
          onRetry={() => void query.refetch()}
        />
      )}
      <SyncStepList
        steps={sync.steps}
        now={now}
        isSyncOver={isFinished}
        axis={timeAxisOf(sync, now)}
      />
    </article>
  )
}

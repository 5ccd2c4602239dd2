import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'

import { ledgerSyncQuery } from '../../api/ledger.ts'
import { SyncStepList } from '../../components/sync-step-list.tsx'
import { startedByLabel } from '../../lib/started-by.ts'
import { timeAxisOf } from '../../lib/time-axis.ts'
import { SyncBreadcrumb } from './sync-breadcrumb.tsx'
import { SyncHeader } from './sync-header.tsx'
import { SyncTimelineSkeleton } from './sync-timeline-skeleton.tsx'

type RecordedSyncProps = {
  syncId: string
  /** What to show when the ledger has no record either. */
  fallback: ReactNode
}

/**
 * A sync xPnA no longer reports, read from the dashboard's own history:
 * what the last status answer said before the sync ended.
 */
export function RecordedSync({ syncId, fallback }: RecordedSyncProps) {
  const query = useQuery(ledgerSyncQuery(syncId))

  if (query.isPending) return <SyncTimelineSkeleton />
  if (!query.data) return fallback

  const sync = query.data
  const entity = {
    entityId: sync.entityId,
    entityName: sync.entityName ?? sync.entityId,
    sourceSystem: sync.sourceSystem,
  }
  const now = sync.completedAt ?? sync.firstSeenAt
  return (
    <article aria-labelledby="sync-heading" className="space-y-5">
      <SyncBreadcrumb connection={entity} />
      <SyncHeader sync={sync} connection={entity} now={now} action={null} />
      <p className="rounded-md border border-line bg-surface p-3 text-sm text-ink-muted">
        From this dashboard&apos;s history: xPnA no longer reports this sync.
        Started by{' '}
        {startedByLabel(sync.startedByKind, sync.startedBy).toLowerCase()}
        {sync.requestId ? `; request ID ${sync.requestId}` : ''}.
      </p>
      <SyncStepList
        steps={sync.steps}
        now={now}
        isSyncOver
        axis={timeAxisOf(sync, now)}
      />
    </article>
  )
}

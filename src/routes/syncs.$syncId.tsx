import { createFileRoute } from '@tanstack/react-router'

import { connectionsQuery } from '../api/connections.ts'
import { syncStatusQuery } from '../api/syncs.ts'
import { parseIdParam, parseOptionalId } from '../lib/ids.ts'
import { SyncError } from '../features/sync-timeline/sync-error.tsx'
import { SyncTimeline } from '../features/sync-timeline/sync-timeline.tsx'
import { SyncTimelineSkeleton } from '../features/sync-timeline/sync-timeline-skeleton.tsx'

type SyncSearch = {
  /** Which entity the sync belongs to; the status answer does not say. */
  entityId?: string
}

export const Route = createFileRoute('/syncs/$syncId')({
  params: {
    parse: ({ syncId }) => ({ syncId: parseIdParam(syncId, 'sync id') }),
    stringify: ({ syncId }) => ({ syncId }),
  },
  validateSearch: (search: Record<string, unknown>): SyncSearch => {
    const entityId = parseOptionalId(search.entityId)
    return entityId ? { entityId } : {}
  },
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(connectionsQuery())
    return context.queryClient.ensureQueryData(syncStatusQuery(params.syncId))
  },
  pendingComponent: SyncTimelineSkeleton,
  errorComponent: SyncError,
  component: SyncPage,
})

function SyncPage() {
  const { syncId } = Route.useParams()
  const { entityId } = Route.useSearch()
  return <SyncTimeline syncId={syncId} entityId={entityId ?? null} />
}

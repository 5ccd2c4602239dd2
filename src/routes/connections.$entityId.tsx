import { createFileRoute } from '@tanstack/react-router'

import { connectionsQuery } from '../api/connections.ts'
import { ErrorPanel } from '../components/error-panel.tsx'
import { ConnectionDetail } from '../features/connection-detail/connection-detail.tsx'
import { ConnectionDetailSkeleton } from '../features/connection-detail/connection-detail-skeleton.tsx'
import { parseIdParam } from '../lib/ids.ts'

export const Route = createFileRoute('/connections/$entityId')({
  params: {
    parse: ({ entityId }) => ({
      entityId: parseIdParam(entityId, 'entity id'),
    }),
    stringify: ({ entityId }) => ({ entityId }),
  },
  loader: ({ context }) =>
    context.queryClient.ensureQueryData(connectionsQuery()),
  pendingComponent: ConnectionDetailSkeleton,
  errorComponent: ({ error, reset }) => (
    <ErrorPanel
      title="Could not load this connection"
      error={error}
      onRetry={reset}
    />
  ),
  component: ConnectionPage,
})

function ConnectionPage() {
  const { entityId } = Route.useParams()
  return <ConnectionDetail entityId={entityId} />
}

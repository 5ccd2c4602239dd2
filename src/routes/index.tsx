import { createFileRoute } from '@tanstack/react-router'

import { connectionsQuery } from '../api/connections.ts'
import { ErrorPanel } from '../components/error-panel.tsx'
import { ConnectionsOverview } from '../features/connections-overview/connections-overview.tsx'
import { ConnectionsSkeleton } from '../features/connections-overview/connections-skeleton.tsx'

export const Route = createFileRoute('/')({
  loader: ({ context }) =>
    context.queryClient.ensureQueryData(connectionsQuery()),
  pendingComponent: ConnectionsSkeleton,
  errorComponent: ({ error, reset }) => (
    <ErrorPanel
      title="Could not load the connections"
      error={error}
      onRetry={reset}
    />
  ),
  component: ConnectionsOverview,
})

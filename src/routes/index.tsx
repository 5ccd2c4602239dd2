import { createFileRoute } from '@tanstack/react-router'

import { connectionsQuery } from '../api/connections.ts'
import { ErrorPanel } from '../components/error-panel.tsx'
import { ConnectionsOverview } from '../features/connections-overview/connections-overview.tsx'
import { ConnectionsSkeleton } from '../features/connections-overview/connections-skeleton.tsx'
import { parseOverviewSearch } from '../features/connections-overview/overview-search.ts'

export const Route = createFileRoute('/')({
  validateSearch: parseOverviewSearch,
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
  component: OverviewRoute,
})

function OverviewRoute() {
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <ConnectionsOverview
      search={search}
      onSearchChange={(next) =>
        void navigate({ search: parseOverviewSearch(next), replace: true })
      }
    />
  )
}

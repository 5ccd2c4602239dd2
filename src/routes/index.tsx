import { createFileRoute, useRouter } from '@tanstack/react-router'

import { connectionsQuery } from '../api/connections.ts'
import { ErrorPanel } from '../components/error-panel.tsx'
import { ConnectionsOverview } from '../features/connections-overview/connections-overview.tsx'
import { ConnectionsSkeleton } from '../features/connections-overview/connections-skeleton.tsx'
import {
  type OverviewSearch,
  parseOverviewSearch,
} from '../features/connections-overview/overview-search.ts'

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
  const router = useRouter()

  function handleSearchChange(next: OverviewSearch) {
    // The search box writes the address a moment after the last key; by
    // then the person may have pressed Sync and be on the way to the sync
    // page, which this navigation would cancel.
    if (router.state.location.pathname !== '/') return
    void navigate({ search: parseOverviewSearch(next), replace: true })
  }

  return (
    <ConnectionsOverview search={search} onSearchChange={handleSearchChange} />
  )
}

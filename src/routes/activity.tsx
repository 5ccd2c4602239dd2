import { createFileRoute } from '@tanstack/react-router'

import { ActivityPage } from '../features/activity/activity-page.tsx'
import { parseActivitySearch } from '../features/activity/activity-search.ts'

export const Route = createFileRoute('/activity')({
  validateSearch: parseActivitySearch,
  component: ActivityRoute,
})

function ActivityRoute() {
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <ActivityPage
      search={search}
      onSearchChange={(next) => void navigate({ search: next, replace: true })}
    />
  )
}

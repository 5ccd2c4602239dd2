import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'

import { connectionsQuery } from '../api/connections.ts'

/** The bar on every page: product name, navigation and the demo marker. */
export function AppHeader() {
  const { data } = useQuery(connectionsQuery())

  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-7xl items-center gap-6 px-4 py-3 sm:px-6">
        <Link to="/" className="flex items-center gap-2 font-semibold text-ink">
          <img src="/favicon.svg" alt="" className="size-6" />
          xPnA Connections
        </Link>
        <nav aria-label="Main" className="text-sm">
          <Link
            to="/"
            className="text-ink-muted hover:text-ink"
            activeProps={{ className: 'text-ink font-medium' }}
            activeOptions={{ exact: true }}
          >
            Connections
          </Link>
        </nav>
        {data?.isDemo && (
          <span
            className="ml-auto rounded-md bg-tone-warning-bg px-2 py-1 text-xs font-semibold text-tone-warning-fg ring-1 ring-tone-warning-dot/40 ring-inset"
            title="The dashboard is running without XPNA_API_KEY and shows simulated connections."
          >
            Demo data
          </span>
        )}
      </div>
    </header>
  )
}

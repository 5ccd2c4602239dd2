import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'

import { connectionsQuery } from '../api/connections.ts'
import { ledgerStatusQuery } from '../api/ledger.ts'
import { ThemeSelect } from './theme-select.tsx'

/** The bar on every page: product name, navigation, demo marker, theme. */
export function AppHeader() {
  const { data } = useQuery(connectionsQuery())
  const { data: ledger } = useQuery(ledgerStatusQuery())

  return (
    <header className="border-b border-line bg-surface">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-surface focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
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
          {ledger?.enabled && (
            <Link
              to="/activity"
              className="ml-4 text-ink-muted hover:text-ink"
              activeProps={{ className: 'text-ink font-medium' }}
            >
              Activity
            </Link>
          )}
        </nav>
        <div className="ml-auto flex items-center gap-4">
          {data?.isDemo && (
            <span
              className="rounded-md bg-tone-warning-bg px-2 py-1 text-xs font-semibold text-tone-warning-fg ring-1 ring-tone-warning-dot/40 ring-inset"
              title="The dashboard is running without XPNA_API_KEY and shows simulated connections."
            >
              Demo data
            </span>
          )}
          <ThemeSelect />
        </div>
      </div>
    </header>
  )
}

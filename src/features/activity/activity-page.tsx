import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { useState } from 'react'

import { connectionsQuery } from '../../api/connections.ts'
import {
  ledgerExportUrl,
  ledgerStatusQuery,
  ledgerSyncsQuery,
} from '../../api/ledger.ts'
import { ErrorPanel } from '../../components/error-panel.tsx'
import { formatExact } from '../../lib/time.ts'
import { ActivityFilters } from './activity-filters.tsx'
import {
  type ActivitySearch,
  defaultSince,
  statusesFor,
} from './activity-search.ts'
import { ActivityTable } from './activity-table.tsx'

type ActivityPageProps = {
  search: ActivitySearch
  onSearchChange: (next: ActivitySearch) => void
}

/** Every recorded sync since a chosen time: "what happened overnight?". */
export function ActivityPage({ search, onSearchChange }: ActivityPageProps) {
  const [fallbackSince] = useState(() => defaultSince(new Date()))
  const since = search.since ? new Date(search.since) : fallbackSince
  const filter = {
    since,
    statuses: statusesFor(search.status),
    entityId: search.entityId,
    limit: 100,
  }
  const ledger = useQuery(ledgerStatusQuery())
  const query = useInfiniteQuery({
    ...ledgerSyncsQuery(filter),
    enabled: ledger.data?.enabled === true,
  })
  const { data: list } = useQuery(connectionsQuery())
  const syncs = query.data?.pages.flatMap((page) => page.data) ?? []
  const timeZone = new Intl.DateTimeFormat().resolvedOptions().timeZone

  if (ledger.data && !ledger.data.enabled) {
    return (
      <p className="rounded-lg border border-dashed border-line-strong bg-surface p-6 text-ink-muted">
        The sync history is switched off on this server (XPNA_LEDGER=off), so
        there is no activity to show.
      </p>
    )
  }

  return (
    <section aria-labelledby="activity-heading" className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 id="activity-heading" className="text-xl font-semibold">
            Activity
          </h1>
          <p className="mt-1 text-sm text-ink-muted">
            Every sync recorded since {formatExact(since)}, newest first.
          </p>
        </div>
        <a
          href={ledgerExportUrl({ ...filter, limit: undefined }, timeZone)}
          download
          className="rounded-md border border-line-strong bg-surface px-3 py-1 text-sm font-medium hover:bg-canvas"
        >
          Export CSV
        </a>
      </div>
      <ActivityFilters
        search={search}
        since={since}
        connections={list?.data ?? []}
        onChange={onSearchChange}
      />
      {ledger.data?.isDegraded && (
        <p
          role="alert"
          className="rounded-md bg-tone-warning-bg p-3 text-sm text-tone-warning-fg"
        >
          The history is degraded:{' '}
          {ledger.data.lastError ?? 'recent writes failed'}. Syncs may be
          missing.
        </p>
      )}
      {(query.isPending || ledger.isPending) && (
        <div
          aria-label="Loading activity"
          className="h-64 animate-pulse rounded-lg bg-line"
        />
      )}
      {query.isError && (
        <ErrorPanel
          title="Could not load the activity"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}
      {query.isSuccess && syncs.length === 0 && (
        <div className="rounded-lg border border-dashed border-line-strong bg-surface p-8 text-center">
          <p className="font-medium">
            No syncs recorded since {formatExact(since)}
          </p>
          <p className="mt-1 text-sm text-ink-muted">
            Choose an earlier time or clear the filters.
          </p>
        </div>
      )}
      {syncs.length > 0 && <ActivityTable syncs={syncs} />}
      {query.hasNextPage && (
        <button
          type="button"
          onClick={() => void query.fetchNextPage()}
          disabled={query.isFetchingNextPage}
          className="rounded-md border border-line-strong bg-surface px-3 py-1 text-sm font-medium"
        >
          {query.isFetchingNextPage ? 'Loading more…' : 'Show older syncs'}
        </button>
      )}
    </section>
  )
}

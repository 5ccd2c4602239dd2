import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { TriangleAlert } from 'lucide-react'

import {
  ledgerStatusQuery,
  ledgerSyncsQuery,
  type RecordedSync,
} from '../../api/ledger.ts'
import { ErrorPanel } from '../../components/error-panel.tsx'
import { RelativeTime } from '../../components/relative-time.tsx'
import { StatusBadge } from '../../components/status-badge.tsx'
import { startedByLabel } from '../../lib/started-by.ts'
import { statusLabel, statusTone } from '../../lib/status.ts'
import { findCountDrops, summariseHistory } from '../../lib/sync-history.ts'
import { formatCount, formatDuration } from '../../lib/time.ts'

const RECENT = 30

/** The entity's syncs from the server's ledger, with health over time. */
export function RecentSyncs({ entityId }: { entityId: string }) {
  const ledger = useQuery(ledgerStatusQuery())
  if (!ledger.data?.enabled) return null
  return <RecentSyncsBody entityId={entityId} />
}

function RecentSyncsBody({ entityId }: { entityId: string }) {
  const query = useInfiniteQuery(ledgerSyncsQuery({ entityId, limit: RECENT }))
  const syncs = query.data?.pages[0]?.data ?? []

  return (
    <section aria-labelledby="recent-syncs-heading" className="space-y-3">
      <h2 id="recent-syncs-heading" className="text-lg font-semibold">
        Recent syncs
      </h2>
      {query.isPending && (
        <div
          className="h-40 animate-pulse rounded-lg bg-line"
          aria-label="Loading recent syncs"
        />
      )}
      {query.isError && (
        <ErrorPanel
          title="Could not load the sync history"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}
      {query.isSuccess && syncs.length === 0 && (
        <p className="rounded-lg border border-dashed border-line-strong bg-surface p-4 text-sm text-ink-muted">
          No syncs recorded for this connection yet. The dashboard server
          records every sync it sees from now on.
        </p>
      )}
      {syncs.length > 0 && <HistoryOverview syncs={syncs} />}
      {syncs.length > 0 && <HistoryTable syncs={syncs} />}
    </section>
  )
}

function HistoryOverview({ syncs }: { syncs: RecordedSync[] }) {
  const summary = summariseHistory(syncs)
  const latest = syncs.find((s) => s.isFinal)
  const drops =
    latest?.status === 'completed' ? findCountDrops(latest, syncs) : []

  return (
    <div className="space-y-2">
      <p className="text-sm text-ink-muted">
        {summary.successRate === null
          ? 'No finished syncs recorded yet.'
          : `${Math.round(summary.successRate * 100)}% of the last ${summary.finishedCount} finished syncs completed.`}{' '}
        Last success:{' '}
        <RelativeTime date={summary.lastSuccessAt} emptyLabel="none recorded" />
        .
      </p>
      {drops.length > 0 && (
        <p
          role="note"
          className="rounded-md border border-tone-warning-dot/40 bg-tone-warning-bg p-3 text-sm text-tone-warning-fg"
        >
          The latest sync completed but moved far less data than usual:{' '}
          {drops
            .map(
              (d) =>
                `${d.stepName}: ${formatCount(d.count)}, usually about ${formatCount(d.typicalCount)}`,
            )
            .join('; ')}
          .
        </p>
      )}
    </div>
  )
}

function HistoryTable({ syncs }: { syncs: RecordedSync[] }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full min-w-table-narrow text-sm">
        <caption className="sr-only">
          Recent syncs of this connection, newest first
        </caption>
        <thead className="border-b border-line bg-canvas text-left text-xs text-ink-muted uppercase">
          <tr>
            <th scope="col" className="px-4 py-2">
              Started
            </th>
            <th scope="col" className="px-4 py-2">
              Status
            </th>
            <th scope="col" className="px-4 py-2">
              Duration
            </th>
            <th scope="col" className="px-4 py-2">
              Started by
            </th>
            <th scope="col" className="px-4 py-2">
              Step counts
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {syncs.map((sync) => (
            <tr key={sync.syncId}>
              <td className="px-4 py-2 whitespace-nowrap">
                <RelativeTime date={sync.startedAt ?? sync.firstSeenAt} />
              </td>
              <td className="px-4 py-2">
                <Link
                  to="/syncs/$syncId"
                  params={{ syncId: sync.syncId }}
                  search={{ entityId: sync.entityId }}
                  aria-label={`${statusLabel(sync.status)}: open this sync`}
                >
                  <StatusBadge
                    tone={statusTone(sync.status)}
                    label={statusLabel(sync.status)}
                  />
                </Link>
              </td>
              <td className="px-4 py-2 tabular-nums">
                {sync.startedAt && sync.completedAt
                  ? formatDuration(
                      sync.completedAt.getTime() - sync.startedAt.getTime(),
                    )
                  : '—'}
              </td>
              <td className="px-4 py-2">
                {startedByLabel(sync.startedByKind, sync.startedBy)}
              </td>
              <td className="px-4 py-2 text-ink-muted">
                <StepCounts sync={sync} history={syncs} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function StepCounts({
  sync,
  history,
}: {
  sync: RecordedSync
  history: RecordedSync[]
}) {
  const drops = sync.status === 'completed' ? findCountDrops(sync, history) : []

  return (
    <>
      {sync.steps
        .map(
          (s) => `${s.name} ${s.count === null ? '—' : formatCount(s.count)}`,
        )
        .join(' · ')}
      {drops.map((drop) => (
        <span
          key={drop.stepName}
          className="mt-1 block font-medium text-tone-warning-fg"
        >
          <TriangleAlert aria-hidden className="mr-1 inline size-3.5" />
          {drop.stepName}: {formatCount(drop.count)}, usually about{' '}
          {formatCount(drop.typicalCount)}
        </span>
      ))}
    </>
  )
}

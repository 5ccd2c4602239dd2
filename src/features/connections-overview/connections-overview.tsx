import { useSuspenseQuery } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'

import { connectionsQuery } from '../../api/connections.ts'
import { ErrorPanel } from '../../components/error-panel.tsx'
import { RelativeTime } from '../../components/relative-time.tsx'
import { useNow } from '../../hooks/use-now.ts'
import { cn } from '../../lib/cn.ts'
import { BulkSyncPanel } from './bulk-sync-panel.tsx'
import {
  cutoffAt,
  cutoffDay,
  readCutoffTime,
  saveCutoffTime,
} from './close-cutoff.ts'
import { ConnectionsTable } from './connections-table.tsx'
import { OverviewToolbar } from './overview-toolbar.tsx'
import {
  clearFilters,
  isNarrowed,
  type OverviewSearch,
} from './overview-search.ts'
import { ReadyForClose } from './ready-for-close.tsx'
import { SummaryBar } from './summary-bar.tsx'
import { useBulkSync } from './use-bulk-sync.ts'
import { useSearchText } from './use-search-text.ts'
import {
  countByHealth,
  countByReadiness,
  filterRows,
  prepareRows,
  sortRows,
  sourceSystemsOf,
} from './view-connections.ts'

type ConnectionsOverviewProps = {
  search: OverviewSearch
  onSearchChange: (next: OverviewSearch) => void
}

export function ConnectionsOverview({
  search,
  onSearchChange,
}: ConnectionsOverviewProps) {
  const query = useSuspenseQuery(connectionsQuery())
  const connections = query.data.data
  const now = useNow(30_000)
  const [cutoffTime, setCutoffTime] = useState(() =>
    readCutoffTime(window.localStorage),
  )
  const cutoff = cutoffAt(cutoffTime, now)
  const searchBox = useRef<HTMLInputElement>(null)
  const tableArea = useRef<HTMLDivElement>(null)
  const [text, setText] = useSearchText(search.q ?? '', (q) =>
    onSearchChange({ ...search, q: q || undefined }),
  )
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const bulk = useBulkSync()

  const rows = useMemo(
    () => prepareRows(connections, now, cutoffAt(cutoffTime, now)),
    [connections, now, cutoffTime],
  )
  const sorted = useMemo(
    () => sortRows(rows, search.sort, search.dir),
    [rows, search.sort, search.dir],
  )
  const shown = useMemo(
    () =>
      filterRows(sorted, {
        // Filtered in the same render as the keystroke: 20,000 rows take a
        // few milliseconds, and deferring would always cost an extra frame.
        q: text,
        health: search.health,
        source: search.source,
        ready: search.ready,
      }),
    [sorted, text, search.health, search.source, search.ready],
  )
  const counts = useMemo(() => countByHealth(rows), [rows])
  const readiness = useMemo(() => countByReadiness(rows), [rows])
  const sources = useMemo(() => sourceSystemsOf(connections), [connections])
  const targets = useMemo(
    () => connections.filter((c) => selected.has(c.entityId)),
    [connections, selected],
  )

  useSlashToSearch(searchBox)

  const handleToggle = useCallback(
    (entityId: string) => {
      setSelected((current) => {
        const next = new Set(current)
        if (!next.delete(entityId)) next.add(entityId)
        return next
      })
    },
    [setSelected],
  )

  function handleToggleAll(isSelected: boolean) {
    setSelected((current) => {
      const next = new Set(current)
      for (const row of shown) {
        if (isSelected) next.add(row.connection.entityId)
        else next.delete(row.connection.entityId)
      }
      return next
    })
  }

  function handleSelectAttention() {
    setSelected(
      new Set(
        rows
          .filter((row) => row.health === 'error')
          .map((row) => row.connection.entityId),
      ),
    )
  }

  function handleCutoffTime(time: string) {
    setCutoffTime(time)
    saveCutoffTime(window.localStorage, time)
  }

  function handleClear() {
    setText('')
    onSearchChange(clearFilters(search))
  }

  return (
    <section aria-labelledby="connections-heading" className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 id="connections-heading" className="text-xl font-semibold">
          Connections
        </h1>
        <div className="flex items-center gap-3 text-sm text-ink-muted">
          <span>
            Last updated <RelativeTime date={query.data.receivedAt} />
          </span>
          <button
            type="button"
            onClick={() => void query.refetch()}
            disabled={query.isFetching}
            className={cn(
              'rounded-md border border-line-strong px-3 py-1 font-medium',
              'bg-surface text-ink hover:bg-canvas disabled:opacity-60',
            )}
          >
            {query.isFetching ? 'Refreshing…' : 'Refresh'}
          </button>
        </div>
      </div>
      {query.isRefetchError && (
        <ErrorPanel
          title="Showing the last list received: refreshing it failed"
          error={query.error}
          staleSince={query.data.receivedAt}
          onRetry={() => void query.refetch()}
        />
      )}
      {connections.length === 0 ? (
        <EmptyWorkspace />
      ) : (
        <>
          <SummaryBar
            counts={counts}
            selected={search.health}
            onSelect={(health) => onSearchChange({ ...search, health })}
          />
          <ReadyForClose
            counts={readiness}
            cutoffTime={cutoffTime}
            cutoff={cutoff}
            cutoffDay={cutoffDay(cutoff, now)}
            selected={search.ready}
            onCutoffTimeChange={handleCutoffTime}
            onSelect={(ready) => onSearchChange({ ...search, ready })}
          />
          <OverviewToolbar
            searchBox={searchBox}
            text={text}
            onTextChange={setText}
            onArrowDown={() => focusCurrentRow(tableArea.current)}
            source={search.source}
            sources={sources}
            onSourceChange={(source) => onSearchChange({ ...search, source })}
            shownCount={shown.length}
            totalCount={rows.length}
            isNarrowed={isNarrowed({ ...search, q: text })}
            onClear={handleClear}
          />
          <BulkSyncPanel
            targets={targets}
            attentionCount={counts.error}
            run={bulk.run}
            onSelectAttention={handleSelectAttention}
            onClearSelection={() => setSelected(new Set())}
            onStart={(list) => {
              setSelected(new Set())
              void bulk.start(list)
            }}
            onDismiss={bulk.dismiss}
          />
          <div ref={tableArea}>
            {shown.length === 0 ? (
              <NoMatch onClear={handleClear} />
            ) : (
              <ConnectionsTable
                rows={shown}
                now={now}
                sort={search.sort ?? 'health'}
                dir={search.dir ?? 'asc'}
                onSort={(sort, dir) => onSearchChange({ ...search, sort, dir })}
                selected={selected}
                onToggle={handleToggle}
                onToggleAll={handleToggleAll}
              />
            )}
          </div>
        </>
      )}
    </section>
  )
}

/** The row the table's keyboard focus rests on (the first, until moved). */
function focusCurrentRow(area: HTMLElement | null) {
  area?.querySelector<HTMLElement>('tbody tr[tabindex="0"]')?.focus()
}

/** `/` anywhere outside a text field jumps to the search box. */
function useSlashToSearch(searchBox: React.RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    function handleKey(event: KeyboardEvent) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) {
        return
      }
      const target = event.target as HTMLElement | null
      if (target?.closest('input, textarea, select, [contenteditable]')) return
      event.preventDefault()
      searchBox.current?.focus()
      searchBox.current?.select()
    }
    document.addEventListener('keydown', handleKey)
    return () => document.removeEventListener('keydown', handleKey)
  }, [searchBox])
}

function NoMatch({ onClear }: { onClear: () => void }) {
  return (
    <div className="rounded-lg border border-dashed border-line-strong bg-surface p-10 text-center">
      <p className="font-medium">
        No connection matches this search and these filters
      </p>
      <button
        type="button"
        onClick={onClear}
        className="mt-2 text-sm font-medium text-link underline"
      >
        Clear filters
      </button>
    </div>
  )
}

function EmptyWorkspace() {
  return (
    <div className="rounded-lg border border-dashed border-line-strong bg-surface p-10 text-center">
      <p className="font-medium">This workspace has no connections yet</p>
      <p className="mt-1 text-sm text-ink-muted">
        Connections are added in xPnA itself; they appear here on the next
        refresh.
      </p>
    </div>
  )
}

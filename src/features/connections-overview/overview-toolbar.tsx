import { Search } from 'lucide-react'
import type { RefObject } from 'react'

import { cn } from '../../lib/cn.ts'

type OverviewToolbarProps = {
  searchBox: RefObject<HTMLInputElement | null>
  text: string
  onTextChange: (text: string) => void
  /** Down from the search box: into the table. */
  onArrowDown: () => void
  source: string | undefined
  sources: string[]
  onSourceChange: (source: string | undefined) => void
  shownCount: number
  totalCount: number
  isNarrowed: boolean
  onClear: () => void
}

export function OverviewToolbar({
  searchBox,
  text,
  onTextChange,
  onArrowDown,
  source,
  sources,
  onSourceChange,
  shownCount,
  totalCount,
  isNarrowed,
  onClear,
}: OverviewToolbarProps) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <div className="relative w-full max-w-md min-w-60 flex-1">
        <Search
          aria-hidden
          className={cn(
            'pointer-events-none absolute top-1/2 left-2.5 size-4',
            '-translate-y-1/2 text-ink-faint',
          )}
        />
        <input
          ref={searchBox}
          type="search"
          aria-label="Search connections"
          aria-keyshortcuts="/"
          placeholder="Search name, entity ID or source system"
          value={text}
          onChange={(event) => onTextChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && text) {
              event.preventDefault()
              onTextChange('')
            } else if (event.key === 'ArrowDown') {
              event.preventDefault()
              onArrowDown()
            }
          }}
          className={cn(
            'w-full rounded-md border border-line-strong py-1.5 pr-9 pl-8',
            'bg-surface text-sm text-ink placeholder:text-ink-faint',
          )}
        />
        <kbd
          aria-hidden
          className={cn(
            'pointer-events-none absolute top-1/2 right-2 -translate-y-1/2',
            'rounded border border-line-strong px-1.5 text-2xs text-ink-faint',
          )}
        >
          /
        </kbd>
      </div>
      <label className="flex items-center gap-2 text-sm text-ink-muted">
        Source system
        <select
          value={source ?? ''}
          onChange={(event) => onSourceChange(event.target.value || undefined)}
          className="rounded-md border border-line-strong bg-surface px-2 py-1.5 text-sm text-ink"
        >
          <option value="">All</option>
          {source && !sources.includes(source) && (
            <option value={source}>{source}</option>
          )}
          {sources.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <p aria-live="polite" className="text-sm text-ink-muted tabular-nums">
        {isNarrowed
          ? `Showing ${shownCount.toLocaleString('en-US')} of ${totalCount.toLocaleString('en-US')}`
          : `${totalCount.toLocaleString('en-US')} connections`}
      </p>
      {isNarrowed && (
        <button
          type="button"
          onClick={onClear}
          className="text-sm font-medium text-link underline"
        >
          Clear filters
        </button>
      )}
    </div>
  )
}

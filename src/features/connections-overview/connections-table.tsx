import { useNavigate } from '@tanstack/react-router'
import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react'
import {
  type KeyboardEvent,
  type RefObject,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react'

import { cn } from '../../lib/cn.ts'
import { ConnectionRow, CELL } from './connection-row.tsx'
import type { SortDirection, SortKey } from './overview-search.ts'
import type { ConnectionRow as Row } from './view-connections.ts'

type Column = { label: string; sort: SortKey; width: string }

// Fixed widths: only the rows on screen are in the page, and a table left
// to size itself would change its columns as different rows scroll in.
const COLUMNS: Column[] = [
  { label: 'Entity', sort: 'entity', width: 'auto' },
  { label: 'Source system', sort: 'source', width: '8.5rem' },
  { label: 'Health', sort: 'health', width: '7.5rem' },
  { label: 'Last sync', sort: 'lastSync', width: '8.5rem' },
  { label: 'Last sync status', sort: 'lastStatus', width: '10rem' },
  { label: 'Next sync', sort: 'nextSync', width: '9rem' },
]

// Up to this many rows, every row is in the page.
const SMALL_TABLE = 30
const ROW_HEIGHT = 45
const ROW_WITH_REASON_HEIGHT = 62

type ConnectionsTableProps = {
  rows: Row[]
  now: Date
  sort: SortKey
  dir: SortDirection
  onSort: (sort: SortKey, dir: SortDirection) => void
  selected: ReadonlySet<string>
  onToggle: (entityId: string) => void
  onToggleAll: (isSelected: boolean) => void
}

/**
 * The connections as a table that stays quick at 20,000 rows: only the rows
 * near the window's view are in the page, with spacer rows standing in for
 * the rest. Arrow keys move between rows, Enter opens one, Space selects it.
 */
export function ConnectionsTable({
  rows,
  now,
  sort,
  dir,
  onSort,
  selected,
  onToggle,
  onToggleAll,
}: ConnectionsTableProps) {
  const navigate = useNavigate()
  const body = useRef<HTMLTableSectionElement>(null)
  const scrollMargin = useOffsetTop(body)
  const [activeIndex, setActiveIndex] = useState(0)
  const [focusRequest, setFocusRequest] = useState(0)
  // The React Compiler is not used here; rows get the virtualiser's
  // functions fresh on every render, which is what that lint guards.
  // oxlint-disable-next-line react/incompatible-library -- see above
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (index) =>
      rows[index]?.health === 'error' ? ROW_WITH_REASON_HEIGHT : ROW_HEIGHT,
    // Sizes are cached by position, not by entity: numeric keys keep the
    // virtualiser's pass over every row quick when a keystroke changes the
    // count, and a row drawn at a position is measured again anyway.
    // A small workspace is drawn whole, so the browser's own find works.
    overscan: rows.length <= SMALL_TABLE ? SMALL_TABLE : 5,
    scrollMargin,
  })
  const items = virtualizer.getVirtualItems()
  const active = Math.min(activeIndex, Math.max(rows.length - 1, 0))
  const paddingTop = items.length ? (items[0]?.start ?? 0) - scrollMargin : 0
  const paddingBottom = items.length
    ? virtualizer.getTotalSize() - ((items.at(-1)?.end ?? 0) - scrollMargin)
    : 0
  const selectedShown =
    selected.size === 0
      ? 0
      : rows.filter((r) => selected.has(r.connection.entityId)).length

  // Focus follows the keyboard only after a key press, never on a refresh.
  useEffect(() => {
    if (focusRequest === 0) return
    const row = body.current?.querySelector<HTMLElement>(
      `tr[data-index="${active}"]`,
    )
    row?.focus({ preventScroll: true })
  }, [focusRequest, active, items.length])

  const moveTo = useCallback(
    (index: number) => {
      setActiveIndex(index)
      setFocusRequest((n) => n + 1)
      virtualizer.scrollToIndex(index, { align: 'auto' })
    },
    [virtualizer],
  )

  function handleKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const target = event.target as HTMLElement
    const row = target.closest('tr')
    const index = Number(row?.dataset.index ?? active)
    const isOnRow = target === row
    const last = rows.length - 1

    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      moveTo(Math.min(last, Math.max(0, index + step)))
    } else if (isOnRow && (event.key === 'Home' || event.key === 'End')) {
      event.preventDefault()
      moveTo(event.key === 'Home' ? 0 : last)
    } else if (isOnRow && event.key === 'Enter') {
      const entityId = rows[index]?.connection.entityId
      if (!entityId) return
      event.preventDefault()
      void navigate({ to: '/connections/$entityId', params: { entityId } })
    } else if (isOnRow && event.key === ' ') {
      const entityId = rows[index]?.connection.entityId
      if (!entityId) return
      event.preventDefault()
      onToggle(entityId)
    }
  }

  return (
    // relative: the screen-reader-only labels inside are positioned, and
    // without it they escape the scroll box and widen the page.
    <div className="relative overflow-x-auto rounded-lg border border-line bg-surface">
      <table
        aria-rowcount={rows.length + 1}
        className="w-full min-w-table-wide table-fixed text-sm"
      >
        <caption className="sr-only">
          Connections and their sync state. Arrow keys move between rows, Enter
          opens one, Space selects it.
        </caption>
        <colgroup>
          <col style={{ width: '2.5rem' }} />
          {COLUMNS.map((column) => (
            <col key={column.sort} style={{ width: column.width }} />
          ))}
          <col style={{ width: '6.5rem' }} />
        </colgroup>
        <thead className="border-b border-line bg-canvas">
          <tr aria-rowindex={1}>
            <th scope="col" className={cn(CELL, 'pr-0')}>
              <input
                type="checkbox"
                aria-label="Select all shown"
                checked={rows.length > 0 && selectedShown === rows.length}
                ref={(box) => {
                  if (box) {
                    box.indeterminate =
                      selectedShown > 0 && selectedShown < rows.length
                  }
                }}
                onChange={(event) => onToggleAll(event.target.checked)}
                className="size-4 accent-accent"
              />
            </th>
            {COLUMNS.map((column) => (
              <SortableHeader
                key={column.sort}
                column={column}
                sort={sort}
                dir={dir}
                onSort={onSort}
              />
            ))}
            <th scope="col" className={CELL}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        {/* Keys pressed on a focusable row or its controls bubble here, so
            one handler serves every row, including rows not yet rendered. */}
        {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- above */}
        <tbody ref={body} onKeyDown={handleKeyDown}>
          {paddingTop > 0 && <Spacer height={paddingTop} />}
          {items.map((item) => {
            const row = rows[item.index]
            if (!row) return null
            return (
              <ConnectionRow
                key={row.connection.entityId}
                row={row}
                index={item.index}
                now={now}
                isSelected={selected.has(row.connection.entityId)}
                isActiveRow={item.index === active}
                onToggle={onToggle}
                measure={virtualizer.measureElement}
              />
            )
          })}
          {paddingBottom > 0 && <Spacer height={paddingBottom} />}
        </tbody>
      </table>
    </div>
  )
}

function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden style={{ height }}>
      {/* An empty, hidden spacer, not a control. */}
      {/* oxlint-disable-next-line jsx-a11y/control-has-associated-label -- above */}
      <td colSpan={COLUMNS.length + 2} className="p-0" />
    </tr>
  )
}

type SortableHeaderProps = {
  column: Column
  sort: SortKey
  dir: SortDirection
  onSort: (sort: SortKey, dir: SortDirection) => void
}

function SortableHeader({ column, sort, dir, onSort }: SortableHeaderProps) {
  const isSorted = column.sort === sort
  const Icon = !isSorted ? ArrowUpDown : dir === 'asc' ? ArrowUp : ArrowDown

  return (
    <th
      scope="col"
      aria-sort={
        isSorted ? (dir === 'asc' ? 'ascending' : 'descending') : undefined
      }
      className={cn(CELL, 'text-left')}
    >
      <button
        type="button"
        onClick={() =>
          onSort(column.sort, isSorted && dir === 'asc' ? 'desc' : 'asc')
        }
        className={cn(
          'inline-flex items-start gap-1 text-left text-xs font-semibold',
          isSorted ? 'text-ink' : 'text-ink-muted hover:text-ink',
        )}
      >
        {column.label}
        <Icon aria-hidden className="mt-px size-3.5 shrink-0" />
      </button>
    </th>
  )
}

/**
 * The element's distance from the top of the page, which the window
 * virtualiser needs to know where row 0 sits. Measured again whenever the
 * page changes height, since panels above the table (an error, the bulk
 * bar's results) come and go.
 */
function useOffsetTop(element: RefObject<HTMLElement | null>) {
  const [offset, setOffset] = useState(0)

  useLayoutEffect(() => {
    // A ResizeObserver reports once as soon as it observes, then on change.
    const observer = new ResizeObserver(() => {
      const top = element.current?.getBoundingClientRect().top
      if (top !== undefined) setOffset(Math.round(top + window.scrollY))
    })
    observer.observe(document.body)
    return () => observer.disconnect()
  }, [element])
  return offset
}

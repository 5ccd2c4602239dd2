import { format } from 'date-fns'

import type { Connection } from '../../api/connections.ts'
import {
  ACTIVITY_STATUSES,
  type ActivitySearch,
  type ActivityStatus,
} from './activity-search.ts'

const STATUS_LABELS: Record<ActivityStatus, string> = {
  all: 'All',
  problems: 'Failed or with errors',
  completed: 'Completed',
  running: 'Still running',
}

type ActivityFiltersProps = {
  search: ActivitySearch
  since: Date
  connections: Connection[]
  onChange: (next: ActivitySearch) => void
}

const FIELD =
  'mt-1 block rounded-md border border-line-strong bg-surface px-2 py-1 text-sm text-ink'

export function ActivityFilters({
  search,
  since,
  connections,
  onChange,
}: ActivityFiltersProps) {
  const entities = connections.toSorted((a, b) =>
    a.entityName.localeCompare(b.entityName),
  )

  function handleSince(value: string) {
    const date = new Date(value)
    if (Number.isNaN(date.getTime())) return
    onChange({ ...search, since: date.toISOString() })
  }

  return (
    <div className="flex flex-wrap items-end gap-4 rounded-lg border border-line bg-surface p-3">
      <label className="text-sm text-ink-muted">
        Since
        <input
          type="datetime-local"
          value={format(since, "yyyy-MM-dd'T'HH:mm")}
          onChange={(event) => handleSince(event.target.value)}
          className={FIELD}
        />
      </label>
      <label className="text-sm text-ink-muted">
        Status
        <select
          value={search.status ?? 'all'}
          onChange={(event) => {
            const status = event.target.value as ActivityStatus
            onChange({
              ...search,
              status: status === 'all' ? undefined : status,
            })
          }}
          className={FIELD}
        >
          {ACTIVITY_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm text-ink-muted">
        Entity
        <select
          value={search.entityId ?? ''}
          onChange={(event) =>
            onChange({ ...search, entityId: event.target.value || undefined })
          }
          className={FIELD}
        >
          <option value="">All entities</option>
          {entities.map((c) => (
            <option key={c.entityId} value={c.entityId}>
              {c.entityName}
            </option>
          ))}
        </select>
      </label>
      {(search.since || search.status || search.entityId) && (
        <button
          type="button"
          onClick={() => onChange({})}
          className="text-sm text-link underline"
        >
          Reset filters
        </button>
      )}
    </div>
  )
}

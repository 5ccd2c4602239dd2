import { useQuery } from '@tanstack/react-query'

import { isApiError } from '../../api/errors.ts'
import { lastSyncReasonQuery } from '../../api/syncs.ts'
import { reasonOf } from './reason-of.ts'

/** The failed step and its message, so nobody has to open the sync to see why. */
export function FailureReason({ syncId }: { syncId: string }) {
  const query = useQuery(lastSyncReasonQuery(syncId))

  // The line's height is kept while loading, so the row does not jump.
  if (query.isPending) {
    return (
      <span
        aria-hidden
        className="mt-1 block h-4 w-3/4 animate-pulse rounded bg-line"
      />
    )
  }
  if (query.isError) {
    const status = isApiError(query.error) ? query.error.status : null
    return (
      <span className="mt-0.5 block truncate text-xs font-normal text-ink-faint">
        Reason not available{status ? ` (HTTP ${status})` : ''}
      </span>
    )
  }
  const reason = reasonOf(query.data.data)
  return (
    <span
      className="mt-0.5 block truncate text-xs font-normal text-tone-danger-fg"
      title={reason}
    >
      {reason}
    </span>
  )
}

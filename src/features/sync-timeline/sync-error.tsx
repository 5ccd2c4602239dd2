import {
  Link,
  useParams,
  type ErrorComponentProps,
} from '@tanstack/react-router'

import { isApiError } from '../../api/errors.ts'
import { ErrorPanel } from '../../components/error-panel.tsx'
import { InvalidIdError, isValidId } from '../../lib/ids.ts'
import { RecordedSync } from './recorded-sync.tsx'

/**
 * The sync page when xPnA cannot give the sync: an old one is shown from
 * the dashboard's own history when it has a record.
 */
export function SyncError({ error, reset }: ErrorComponentProps) {
  const { syncId } = useParams({ strict: false })
  const isUpstream404 = isApiError(error) && error.status === 404
  const isMissing = error instanceof InvalidIdError || isUpstream404
  const notFound = isMissing ? <NotFound message={error.message} /> : null

  if (isUpstream404 && syncId && isValidId(syncId)) {
    return <RecordedSync syncId={syncId} fallback={notFound} />
  }
  if (notFound) return notFound

  return (
    <ErrorPanel
      title="Could not load this sync"
      error={error}
      onRetry={reset}
    />
  )
}

function NotFound({ message }: { message: string }) {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-xl font-semibold">Sync not found</h1>
      <p className="mt-2 text-ink-muted">{message}</p>
      <p className="mt-1 text-sm text-ink-muted">
        The link may be mistyped, or xPnA may no longer know this sync.
      </p>
      <Link
        to="/"
        className="mt-4 inline-block font-medium text-link underline"
      >
        Back to all connections
      </Link>
    </div>
  )
}

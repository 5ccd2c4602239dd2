import { Link, type ErrorComponentProps } from '@tanstack/react-router'

import { isApiError } from '../../api/errors.ts'
import { ErrorPanel } from '../../components/error-panel.tsx'
import { InvalidIdError } from '../../lib/ids.ts'

/** The sync page when the sync cannot be read at all. */
export function SyncError({ error, reset }: ErrorComponentProps) {
  const isMissing =
    error instanceof InvalidIdError ||
    (isApiError(error) && error.status === 404)

  if (isMissing) {
    return (
      <div className="mx-auto max-w-xl py-12 text-center">
        <h1 className="text-xl font-semibold">Sync not found</h1>
        <p className="mt-2 text-ink-muted">{error.message}</p>
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

  return (
    <ErrorPanel
      title="Could not load this sync"
      error={error}
      onRetry={reset}
    />
  )
}

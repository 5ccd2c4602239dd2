import { type ApiError, isApiError } from '../api/errors.ts'
import { cn } from '../lib/cn.ts'

type ErrorPanelProps = {
  title: string
  error: unknown
  onRetry?: () => void
  className?: string
}

/** A failure in plain words, with the facts support will ask for. */
export function ErrorPanel({
  title,
  error,
  onRetry,
  className,
}: ErrorPanelProps) {
  const apiError = isApiError(error) ? error : null
  const message =
    error instanceof Error ? error.message : 'Something unexpected went wrong.'

  return (
    <div
      role="alert"
      className={cn(
        'rounded-lg border border-tone-danger-dot/40 bg-tone-danger-bg p-4',
        'text-sm text-tone-danger-fg',
        className,
      )}
    >
      <p className="font-semibold">{title}</p>
      <p className="mt-1 break-words">{message}</p>
      {apiError && <ErrorFacts error={apiError} />}
      {onRetry && (
        <button
          type="button"
          onClick={onRetry}
          className={cn(
            'mt-3 rounded-md border border-tone-danger-fg/30 bg-surface px-3 py-1',
            'font-medium hover:bg-tone-danger-bg',
          )}
        >
          Try again
        </button>
      )}
    </div>
  )
}

function ErrorFacts({ error }: { error: ApiError }) {
  return (
    <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
      {error.status !== null && (
        <>
          <dt>HTTP status</dt>
          <dd>
            {error.status}
            {error.isFromProxy ? ' (from the dashboard server)' : ''}
          </dd>
        </>
      )}
      {error.requestId && (
        <>
          <dt>Request ID</dt>
          <dd className="font-mono break-all select-all">{error.requestId}</dd>
        </>
      )}
      {error.issues.length > 0 && (
        <>
          <dt>Details</dt>
          <dd className="font-mono break-words">{error.issues.join('; ')}</dd>
        </>
      )}
    </dl>
  )
}

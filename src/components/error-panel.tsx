import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { useRouter } from '@tanstack/react-router'
import { type ReactNode, useEffect, useRef, useState } from 'react'

import { adviceFor } from '../api/error-advice.ts'
import { type ApiError, isApiError } from '../api/errors.ts'
import { useNow } from '../hooks/use-now.ts'
import { cn } from '../lib/cn.ts'
import { RelativeTime } from './relative-time.tsx'

type ErrorPanelProps = {
  title: string
  error: unknown
  onRetry?: () => void
  /**
   * When the data still on screen arrived, for a refresh that failed:
   * the panel then says how old that data is.
   */
  staleSince?: Date
  className?: string
}

/**
 * A failure in plain words, what to check, and the facts support will ask
 * for. When xPnA asks the dashboard to slow down it counts down and calls
 * `onRetry` by itself; for every other failure retrying is left to a click.
 */
export function ErrorPanel({
  title,
  error,
  onRetry,
  staleSince,
  className,
}: ErrorPanelProps) {
  const advice = adviceFor(error)
  const apiError = isApiError(error) ? error : null
  const retry = useRetryEverything(onRetry)
  const retryAt = useAutoRetry(error, retry)

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
      {staleSince && (
        <p className="mt-1">
          Last received <RelativeTime date={staleSince} />; it updates again by
          itself once xPnA answers.
        </p>
      )}
      <p className="mt-1 break-words">{advice.summary}</p>
      {advice.hint && <p className="mt-1">{advice.hint}</p>}
      {retryAt !== null && <Countdown until={retryAt} />}
      {apiError && <ErrorFacts error={apiError} summary={advice.summary} />}
      {retry && (
        <button
          type="button"
          onClick={retry}
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

/**
 * `onRetry`, plus what a retry needs beyond it. A route's error `reset` only
 * renders the route again: a failed loader stays failed until the router
 * loads again, and a query that threw stays thrown until React Query's
 * error boundary is reset.
 */
function useRetryEverything(onRetry: (() => void) | undefined) {
  // Absent outside a RouterProvider, as in component tests.
  const router = useRouter({ warn: false }) as ReturnType<
    typeof useRouter
  > | null
  const queries = useQueryErrorResetBoundary()

  if (!onRetry) return undefined
  return () => {
    queries.reset()
    onRetry()
    void router?.invalidate()
  }
}

/** When the panel will call `onRetry` by itself (epoch ms), or null. */
function useAutoRetry(error: unknown, onRetry: (() => void) | undefined) {
  // Callers pass a fresh arrow on every render; the timer must not restart.
  const retry = useRef(onRetry)
  const [scheduled, setScheduled] = useState<Scheduled | null>(null)
  const canRetry = onRetry !== undefined

  useEffect(() => {
    retry.current = onRetry
  })
  // A new error is a new failure, with its own wait.
  useEffect(() => {
    const waitMs = adviceFor(error).autoRetryMs
    if (waitMs === null || !canRetry) return
    // oxlint-disable-next-line react/set-state-in-effect -- the wait starts when a new error arrives, which only an effect sees; one extra render per failure
    setScheduled({ error, retryAt: Date.now() + waitMs })
    const timer = window.setTimeout(() => retry.current?.(), waitMs)
    return () => window.clearTimeout(timer)
  }, [error, canRetry])

  const isCurrent = canRetry && scheduled !== null && scheduled.error === error
  return isCurrent ? scheduled.retryAt : null
}

type Scheduled = { error: unknown; retryAt: number }

function Countdown({ until }: { until: number }) {
  const now = useNow(1_000)
  const seconds = Math.max(0, Math.ceil((until - now.getTime()) / 1000))

  // The alert is announced once; a screen reader re-reading it every
  // second as the number falls would drown out everything else.
  return (
    <p aria-live="off" className="mt-1 font-medium">
      {seconds > 0 ? `Trying again in ${seconds} s.` : 'Trying again now…'}
    </p>
  )
}

function ErrorFacts({ error, summary }: { error: ApiError; summary: string }) {
  const isUnreadable = error.kind === 'invalid-response'

  return (
    <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
      {error.status !== null && (
        <Fact term="HTTP status">
          {error.status}
          {error.isFromProxy ? ' (from the dashboard server)' : ''}
        </Fact>
      )}
      {error.message !== summary && <Fact term="Message">{error.message}</Fact>}
      {isUnreadable && error.endpoint && (
        <Fact term="Endpoint">
          <span className="font-mono">{error.endpoint}</span>
        </Fact>
      )}
      {error.issues.length > 0 && (
        <Fact term={error.issues.length === 1 ? 'Field' : 'Fields'}>
          <span className="font-mono">{error.issues.join('; ')}</span>
        </Fact>
      )}
      {error.requestId && (
        <Fact term="Request ID">
          <span className="font-mono select-all">{error.requestId}</span>
        </Fact>
      )}
    </dl>
  )
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd className="break-words">{children}</dd>
    </>
  )
}

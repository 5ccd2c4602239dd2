import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Link, useNavigate } from '@tanstack/react-router'

import { connectionKeys, type Connection } from '../api/connections.ts'
import { isApiError } from '../api/errors.ts'
import { startSyncMutation } from '../api/syncs.ts'
import { cn } from '../lib/cn.ts'

type SyncButtonProps = {
  connection: Pick<
    Connection,
    'entityId' | 'entityName' | 'isCurrentlySyncing' | 'lastSyncId'
  >
  /**
   * Shows the entity in the visible words too. Where it is off, the words
   * are just "Sync"; the accessible name is always "Sync {entityName}", and
   * visible words must stay part of it (WCAG 2.5.3, label in name).
   */
  isNamed?: boolean
  className?: string
}

/**
 * Starts a sync and opens its live page. A connection that is already
 * syncing opens the running sync instead of asking xPnA for a second one.
 */
export function SyncButton({
  connection,
  isNamed = false,
  className,
}: SyncButtonProps) {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const mutation = useMutation({
    ...startSyncMutation(),
    onSuccess: async (result) => {
      void queryClient.invalidateQueries({ queryKey: connectionKeys.all })
      await navigate({
        to: '/syncs/$syncId',
        params: { syncId: result.data.syncId },
        search: { entityId: connection.entityId },
      })
    },
    onError: () => {
      void queryClient.invalidateQueries({ queryKey: connectionKeys.all })
    },
  })
  const name = `Sync ${connection.entityName}`
  const label = isNamed ? name : 'Sync'
  const runningSyncId = connection.isCurrentlySyncing
    ? connection.lastSyncId
    : null

  function handleClick() {
    if (mutation.isPending) return
    if (runningSyncId) {
      void navigate({
        to: '/syncs/$syncId',
        params: { syncId: runningSyncId },
        search: { entityId: connection.entityId },
      })
      return
    }
    mutation.mutate(connection.entityId)
  }

  return (
    <div className={cn('flex flex-col items-end gap-1', className)}>
      <button
        type="button"
        aria-label={name}
        title={
          runningSyncId ? 'Already syncing: opens the running sync' : undefined
        }
        disabled={mutation.isPending}
        onClick={handleClick}
        className={cn(
          'rounded-md px-3 py-1 text-sm font-medium whitespace-nowrap',
          'bg-accent text-white hover:bg-accent-hover',
          'disabled:cursor-progress disabled:opacity-70',
        )}
      >
        {mutation.isPending ? `${label}…` : label}
      </button>
      {mutation.isError && (
        <StartError error={mutation.error} runningSyncId={runningSyncId} />
      )}
    </div>
  )
}

function StartError({
  error,
  runningSyncId,
}: {
  error: Error
  runningSyncId: string | null
}) {
  const isConflict = isApiError(error) && error.status === 409
  const requestId = isApiError(error) ? error.requestId : null

  return (
    <p role="alert" className="max-w-64 text-right text-xs text-tone-danger-fg">
      {isConflict
        ? 'A sync is already running for this entity. '
        : 'Could not start: '}
      {isConflict ? null : error.message}
      {requestId && (
        <span className="block font-mono break-all">
          Request ID {requestId}
        </span>
      )}
      {isConflict && runningSyncId && (
        <Link
          to="/syncs/$syncId"
          params={{ syncId: runningSyncId }}
          className="font-medium underline"
        >
          Open the running sync
        </Link>
      )}
    </p>
  )
}

import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Link, useNavigate } from '@tanstack/react-router'
import { type KeyboardEvent, useRef, useState } from 'react'

import { connectionKeys, type Connection } from '../api/connections.ts'
import { isApiError } from '../api/errors.ts'
import { startSyncMutation } from '../api/syncs.ts'
import { cn } from '../lib/cn.ts'
import { syncStartCaution } from '../lib/sync-guard.ts'

type SyncButtonProps = {
  connection: Pick<
    Connection,
    | 'entityId'
    | 'entityName'
    | 'isActive'
    | 'hasError'
    | 'isCurrentlySyncing'
    | 'lastSyncId'
    | 'lastSyncAt'
    | 'lastSyncStatus'
    | 'nextScheduledSyncAt'
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
 * syncing opens the running sync instead of asking xPnA for a second one;
 * one that synced cleanly minutes ago, or whose scheduled sync is about to
 * start, says so and asks before starting.
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
  const [caution, setCaution] = useState<string | null>(null)
  const button = useRef<HTMLButtonElement>(null)
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
    if (caution) return setCaution(null)
    const reason = syncStartCaution(connection, new Date())
    if (reason) return setCaution(reason)
    mutation.mutate(connection.entityId)
  }

  function handleConfirm() {
    setCaution(null)
    mutation.mutate(connection.entityId)
  }

  function handleCancel() {
    setCaution(null)
    button.current?.focus()
  }

  return (
    <div className={cn('flex flex-col items-end gap-1', className)}>
      <button
        ref={button}
        type="button"
        aria-label={name}
        aria-expanded={caution ? true : undefined}
        title={
          runningSyncId ? 'Already syncing: opens the running sync' : undefined
        }
        disabled={mutation.isPending}
        onClick={handleClick}
        className={cn(
          'rounded-md px-3 py-1 text-sm font-medium whitespace-nowrap',
          'bg-accent text-accent-contrast hover:bg-accent-hover',
          'disabled:cursor-progress disabled:opacity-70',
        )}
      >
        {mutation.isPending ? `${label}…` : label}
      </button>
      {caution && (
        <StartCaution
          entityName={connection.entityName}
          caution={caution}
          onConfirm={handleConfirm}
          onCancel={handleCancel}
        />
      )}
      {mutation.isError && (
        <StartError
          error={mutation.error}
          runningSyncId={runningSyncId}
          isActive={connection.isActive}
        />
      )}
    </div>
  )
}

type StartCautionProps = {
  entityName: string
  caution: string
  onConfirm: () => void
  onCancel: () => void
}

function StartCaution({
  entityName,
  caution,
  onConfirm,
  onCancel,
}: StartCautionProps) {
  function handleKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') onCancel()
  }

  return (
    <fieldset
      className={cn(
        'max-w-72 rounded-md border border-tone-warning-dot/40 p-2',
        'bg-tone-warning-bg text-right text-xs text-tone-warning-fg',
      )}
    >
      <legend className="sr-only">Confirm a new sync of {entityName}</legend>
      <p>{caution} Start another sync now?</p>
      <div className="mt-1.5 flex justify-end gap-2">
        <button
          type="button"
          onClick={onCancel}
          onKeyDown={handleKeyDown}
          className="rounded px-2 py-0.5 font-medium underline"
        >
          Cancel
        </button>
        <button
          type="button"
          // The person asked for this sync a moment ago; the question is
          // the only thing in the way, so it takes the focus.
          // oxlint-disable-next-line jsx-a11y/no-autofocus -- see above
          autoFocus
          onClick={onConfirm}
          onKeyDown={handleKeyDown}
          className={cn(
            'rounded px-2 py-0.5 font-medium',
            'bg-accent text-accent-contrast hover:bg-accent-hover',
          )}
        >
          Start anyway
        </button>
      </div>
    </fieldset>
  )
}

function StartError({
  error,
  runningSyncId,
  isActive,
}: {
  error: Error
  runningSyncId: string | null
  isActive: boolean
}) {
  // xPnA also answers 409 for an inactive connection; its own message
  // says why, and there is no running sync to point at.
  const isConflict = isApiError(error) && error.status === 409 && isActive
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

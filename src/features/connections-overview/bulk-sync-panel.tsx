import { Link } from '@tanstack/react-router'
import { useRef } from 'react'

import { cn } from '../../lib/cn.ts'
import {
  BULK_CONFIRM_ABOVE,
  type BulkOutcome,
  type BulkTarget,
} from './bulk-sync.ts'
import type { BulkRun } from './use-bulk-sync.ts'

const BUTTON = cn(
  'rounded-md border border-line-strong px-3 py-1 text-sm font-medium',
  'bg-surface text-ink hover:bg-canvas disabled:opacity-60',
)
const PRIMARY = cn(
  'rounded-md px-3 py-1 text-sm font-medium',
  'bg-accent text-accent-contrast hover:bg-accent-hover disabled:opacity-60',
)

type BulkSyncPanelProps = {
  targets: BulkTarget[]
  attentionCount: number
  run: BulkRun
  onSelectAttention: () => void
  onClearSelection: () => void
  onStart: (targets: BulkTarget[]) => void
  onDismiss: () => void
}

/** Select many, start them all, and read back what happened to each. */
export function BulkSyncPanel({
  targets,
  attentionCount,
  run,
  onSelectAttention,
  onClearSelection,
  onStart,
  onDismiss,
}: BulkSyncPanelProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const count = targets.length
  const isRunning = run.phase === 'running'
  const noun = count === 1 ? 'sync' : 'syncs'

  function handleStart() {
    if (count > BULK_CONFIRM_ABOVE) return dialog.current?.showModal()
    onStart(targets)
  }

  return (
    <section aria-label="Sync many" className="space-y-2">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        {attentionCount > 0 && (
          <button type="button" className={BUTTON} onClick={onSelectAttention}>
            Select all needing attention ({attentionCount})
          </button>
        )}
        {count > 0 && (
          <>
            <span className="text-ink-muted tabular-nums">
              {count.toLocaleString('en-US')} selected
            </span>
            <button
              type="button"
              className={PRIMARY}
              disabled={isRunning}
              onClick={handleStart}
            >
              {`Start ${count.toLocaleString('en-US')} ${noun}`}
            </button>
            <button type="button" className={BUTTON} onClick={onClearSelection}>
              Clear selection
            </button>
          </>
        )}
      </div>
      <dialog
        ref={dialog}
        aria-labelledby="bulk-confirm-title"
        className={cn(
          'm-auto max-w-md rounded-lg border border-line p-5 shadow-xl',
          'bg-surface text-ink backdrop:bg-black/40',
        )}
      >
        <h2 id="bulk-confirm-title" className="text-lg font-semibold">
          Start {count.toLocaleString('en-US')} syncs?
        </h2>
        <p className="mt-2 text-sm text-ink-muted">
          {namesOf(targets)}. Each starts a sync in xPnA now; entities already
          syncing are left to finish.
        </p>
        <form method="dialog" className="mt-4 flex justify-end gap-2">
          <button type="submit" value="cancel" className={BUTTON}>
            Cancel
          </button>
          <button
            type="submit"
            value="start"
            className={PRIMARY}
            onClick={() => onStart(targets)}
          >
            Start {count.toLocaleString('en-US')} syncs
          </button>
        </form>
      </dialog>
      {run.phase !== 'idle' && <BulkProgress run={run} onDismiss={onDismiss} />}
    </section>
  )
}

function namesOf(targets: BulkTarget[]) {
  const names = targets.slice(0, 3).map((t) => t.entityName)
  const rest = targets.length - names.length
  return rest > 0 ? `${names.join(', ')} and ${rest} more` : names.join(', ')
}

function BulkProgress({
  run,
  onDismiss,
}: {
  run: Exclude<BulkRun, { phase: 'idle' }>
  onDismiss: () => void
}) {
  const done = run.outcomes.length
  const started = run.outcomes.filter((o) => o.kind === 'started')
  const running = run.outcomes.filter((o) => o.kind === 'running')
  const failed = run.outcomes.filter((o) => o.kind === 'failed')
  const isFinished = run.phase === 'finished'

  return (
    <div
      className={cn(
        'rounded-lg border p-3 text-sm',
        failed.length && isFinished
          ? 'border-tone-danger-dot/40 bg-tone-danger-bg text-tone-danger-fg'
          : 'border-line bg-surface',
      )}
    >
      <output className="flex flex-wrap items-center gap-3">
        {isFinished ? (
          <p className="font-medium">
            Started {started.length} · already running {running.length} · failed{' '}
            {failed.length}
          </p>
        ) : (
          <>
            <label htmlFor="bulk-progress" className="font-medium">
              Starting syncs: {done} of {run.total}
            </label>
            <progress
              id="bulk-progress"
              max={run.total}
              value={done}
              className="h-2 w-48 accent-accent"
            />
          </>
        )}
        {isFinished && (
          <button
            type="button"
            onClick={onDismiss}
            className="ml-auto text-sm font-medium underline"
          >
            Dismiss
          </button>
        )}
      </output>
      {failed.length > 0 && (
        <ul aria-label="Syncs that did not start" className="mt-2 space-y-1">
          {failed.map((o) => (
            <OutcomeItem key={o.entityId} outcome={o} />
          ))}
        </ul>
      )}
      {isFinished && started.length + running.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer">
            Started and running syncs
          </summary>
          <ul className="mt-1 space-y-1">
            {[...started, ...running].map((o) => (
              <OutcomeItem key={o.entityId} outcome={o} />
            ))}
          </ul>
        </details>
      )}
    </div>
  )
}

function OutcomeItem({ outcome }: { outcome: BulkOutcome }) {
  if (outcome.kind === 'failed') {
    return (
      <li>
        <span className="font-medium">{outcome.entityName}</span>:{' '}
        {outcome.message}
        {outcome.requestId && (
          <span className="ml-1 font-mono text-xs break-all">
            (Request ID {outcome.requestId})
          </span>
        )}
      </li>
    )
  }
  const word = outcome.kind === 'started' ? 'started' : 'already running'
  return (
    <li>
      {outcome.syncId ? (
        <Link
          to="/syncs/$syncId"
          params={{ syncId: outcome.syncId }}
          search={{ entityId: outcome.entityId }}
          className="font-medium text-link underline"
        >
          {outcome.entityName}
        </Link>
      ) : (
        <Link
          to="/connections/$entityId"
          params={{ entityId: outcome.entityId }}
          className="font-medium text-link underline"
        >
          {outcome.entityName}
        </Link>
      )}{' '}
      {word}
    </li>
  )
}

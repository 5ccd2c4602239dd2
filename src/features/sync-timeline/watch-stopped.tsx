import { UNKNOWN_STATUS_WATCH_CAP_MS } from '../../lib/polling.ts'

type WatchStoppedProps = { status: string; onResume: () => void }

/** Shown when a sync sat in an undocumented status past the watch cap. */
export function WatchStopped({ status, onResume }: WatchStoppedProps) {
  const minutes = UNKNOWN_STATUS_WATCH_CAP_MS / 60_000

  return (
    <div
      aria-live="polite"
      className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-tone-warning-dot/40 bg-tone-warning-bg p-4 text-sm text-tone-warning-fg"
    >
      <p>
        Stopped watching: xPnA has reported “{status}” for over {minutes}{' '}
        minutes without finishing. The page no longer updates on its own.
      </p>
      <button
        type="button"
        onClick={onResume}
        className="rounded-md border border-tone-warning-fg/30 bg-surface px-3 py-1 font-medium"
      >
        Resume watching
      </button>
    </div>
  )
}

import { useParams } from '@tanstack/react-router'

import { startGrace } from '../../lib/start-grace.ts'

const STEPS = [0, 1, 2, 3]

export function SyncTimelineSkeleton() {
  const { syncId } = useParams({ strict: false })
  const isStarting = syncId !== undefined && startGrace.isWithin(syncId)
  const label = isStarting ? 'Starting the sync' : 'Loading the sync'

  return (
    <div aria-busy="true" aria-label={label}>
      {isStarting && (
        <output className="mb-4 block text-sm text-ink-muted">
          Starting: xPnA accepted the sync and has not reported its steps yet.
          This page follows it as soon as it does.
        </output>
      )}
      <div className="h-7 w-64 animate-pulse rounded bg-line" />
      <div className="mt-2 h-4 w-96 max-w-full animate-pulse rounded bg-line" />
      <div className="mt-6 overflow-hidden rounded-lg border border-line bg-surface">
        {STEPS.map((step) => (
          <div
            key={step}
            className="flex gap-6 border-b border-line px-4 py-4 last:border-0"
          >
            <div className="h-4 w-28 animate-pulse rounded bg-line" />
            <div className="h-4 w-20 animate-pulse rounded bg-line" />
            <div className="h-4 w-64 animate-pulse rounded bg-line" />
          </div>
        ))}
      </div>
    </div>
  )
}

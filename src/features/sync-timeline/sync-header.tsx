import type { ReactNode } from 'react'

import type { Connection } from '../../api/connections.ts'
import type { SyncStatus } from '../../api/syncs.ts'
import { Fact } from '../../components/fact.tsx'
import { RelativeTime } from '../../components/relative-time.tsx'
import { StatusBadge } from '../../components/status-badge.tsx'
import { cn } from '../../lib/cn.ts'
import {
  isFailureStatus,
  isSyncFinished,
  statusLabel,
  statusTone,
} from '../../lib/status.ts'
import { elapsedMs, formatDuration, formatExact } from '../../lib/time.ts'
import { summariseProgress } from './progress.ts'

type SyncHeaderProps = {
  sync: SyncStatus
  connection: Pick<Connection, 'entityName' | 'sourceSystem'> | null
  now: Date
  action: ReactNode
}

export function SyncHeader({ sync, connection, now, action }: SyncHeaderProps) {
  const isFinished = isSyncFinished(sync)
  const progress = summariseProgress(sync)
  const durationMs = sync.startedAt
    ? elapsedMs(sync.startedAt, sync.completedAt, now)
    : null
  const isFailed =
    isFailureStatus(sync.status) || progress.failedStepName !== null

  return (
    <header className="rounded-lg border border-line bg-surface p-5">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 id="sync-heading" className="text-xl font-semibold">
            {connection ? `${connection.entityName} sync` : 'Sync'}
          </h1>
          <p className="mt-1 text-sm text-ink-muted">
            {connection?.sourceSystem && <>{connection.sourceSystem} · </>}
            Sync ID <span className="font-mono select-all">{sync.syncId}</span>
          </p>
        </div>
        {action}
      </div>
      <dl className="mt-4 grid grid-cols-2 gap-x-6 gap-y-3 text-sm sm:grid-cols-4">
        <Fact label="Status">
          <StatusBadge
            tone={statusTone(sync.status)}
            label={statusLabel(sync.status)}
          />
        </Fact>
        <Fact label="Progress">{progress.headline}</Fact>
        <Fact label="Started">
          <RelativeTime date={sync.startedAt} emptyLabel="Not started" />
          {sync.startedAt && (
            <span className="block text-xs text-ink-faint">
              {formatExact(sync.startedAt)}
            </span>
          )}
        </Fact>
        <Fact label={isFinished ? 'Duration' : 'Elapsed'}>
          <span className="tabular-nums">
            {durationMs === null ? '—' : formatDuration(durationMs)}
          </span>
        </Fact>
      </dl>
      {sync.message && (
        <p
          className={cn(
            'mt-4 text-sm break-words whitespace-pre-wrap',
            isFailed ? 'font-medium text-tone-danger-fg' : 'text-ink-muted',
          )}
        >
          {sync.message}
        </p>
      )}
      <p className="mt-3 text-xs text-ink-faint" aria-live="polite">
        {isFinished
          ? `Sync ${statusLabel(sync.status).toLowerCase()}. No longer updating.`
          : `Live: ${progress.headline}. Updates on its own.`}
      </p>
    </header>
  )
}

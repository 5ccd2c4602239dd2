import { useQueries, useQueryClient } from '@tanstack/react-query'
import { Link, useRouterState } from '@tanstack/react-router'
import { useCallback, useEffect, useState } from 'react'

import { connectionKeys } from '../api/connections.ts'
import { isApiError } from '../api/errors.ts'
import { syncStatusQuery } from '../api/syncs.ts'
import { useWatchedSyncs } from '../hooks/use-watched-syncs.ts'
import { cn } from '../lib/cn.ts'
import { isWatchExpired, watchedSyncPollMs } from '../lib/polling.ts'
import {
  isFailureStatus,
  isSyncFinished,
  statusLabel,
  statusTone,
} from '../lib/status.ts'
import { watchedSyncs, type WatchedSync } from '../lib/watched-syncs.ts'
import { StatusBadge } from './status-badge.tsx'

type Notice = {
  syncId: string
  entityId: string | null
  title: string
  status: string
}

const CALM_NOTICE_MS = 20_000

/**
 * Follows every watched sync from any page. When one ends it says so once,
 * refreshes the connection list once, and, if the person allowed it and the
 * tab is in the background, raises a browser notification.
 */
export function SyncFinishNotices() {
  const watched = useWatchedSyncs()
  const queryClient = useQueryClient()
  const pathname = useRouterState({
    select: (state) => state.location.pathname,
  })
  const [notices, setNotices] = useState<Notice[]>([])
  const canNotify = canShowNotifications()
  const results = useQueries({
    queries: watched.map((entry) =>
      followInBackground(
        syncStatusQuery(entry.syncId, {
          watchStartedAt: new Date(entry.watchedSince),
        }),
        canNotify,
      ),
    ),
  })

  useEffect(() => {
    watched.forEach((entry, index) => {
      const result = results[index]
      const sync = result?.data?.data
      if (isApiError(result?.error) && result.error.status === 404) {
        watchedSyncs.unwatch(entry.syncId)
        return
      }
      if (!sync) return
      if (
        isWatchExpired({
          sync,
          now: new Date(),
          watchStartedAt: new Date(entry.watchedSince),
        })
      ) {
        watchedSyncs.unwatch(entry.syncId)
        return
      }
      if (!isSyncFinished(sync)) return
      watchedSyncs.unwatch(entry.syncId)
      void queryClient.invalidateQueries({ queryKey: connectionKeys.all })
      const notice = toNotice(entry, sync.status)
      notifyInBackground(notice)
      if (pathname !== `/syncs/${entry.syncId}`)
        setNotices((all) => [...all, notice])
    })
  }, [watched, results, queryClient, pathname])

  const dismiss = useCallback((syncId: string) => {
    setNotices((all) => all.filter((notice) => notice.syncId !== syncId))
  }, [])

  return (
    <div
      aria-live="polite"
      className="pointer-events-none fixed right-4 bottom-4 z-50 flex w-80 flex-col gap-2"
    >
      {notices.map((notice) => (
        <FinishNotice key={notice.syncId} notice={notice} onDismiss={dismiss} />
      ))}
    </div>
  )
}

function toNotice(entry: WatchedSync, status: string): Notice {
  const who = entry.entityName ?? 'A watched'
  return {
    syncId: entry.syncId,
    entityId: entry.entityId,
    title: `${who} sync ${statusLabel(status).toLowerCase()}`,
    status,
  }
}

function canShowNotifications() {
  return (
    typeof Notification !== 'undefined' && Notification.permission === 'granted'
  )
}

/**
 * The status query of a watched sync, kept asking (slowly) while the tab is
 * hidden when a notification could tell the person about its end; the sync
 * page's own reading of the same query pauses in a hidden tab.
 */
function followInBackground(
  options: ReturnType<typeof syncStatusQuery>,
  canNotify: boolean,
): ReturnType<typeof syncStatusQuery> {
  const { refetchInterval } = options

  return {
    ...options,
    refetchIntervalInBackground: canNotify,
    refetchInterval: (query) =>
      watchedSyncPollMs(
        (typeof refetchInterval === 'function'
          ? refetchInterval(query)
          : refetchInterval) ?? false,
        { isHidden: document.visibilityState === 'hidden', canNotify },
      ),
  }
}

// A tab behind another window is visible but unattended: it notifies too.
function notifyInBackground(notice: Notice) {
  if (!canShowNotifications()) return
  if (document.visibilityState === 'visible' && document.hasFocus()) return
  const shown = new Notification(notice.title, { tag: notice.syncId })
  shown.addEventListener('click', () => window.focus(), { once: true })
}

type FinishNoticeProps = { notice: Notice; onDismiss: (syncId: string) => void }

// Failures stay until dismissed; a calm outcome leaves on its own.
function FinishNotice({ notice, onDismiss }: FinishNoticeProps) {
  const isFailure = isFailureStatus(notice.status)
  const { syncId } = notice

  useEffect(() => {
    if (isFailure) return
    const timer = window.setTimeout(() => onDismiss(syncId), CALM_NOTICE_MS)
    return () => window.clearTimeout(timer)
  }, [isFailure, onDismiss, syncId])

  return (
    <div
      className={cn(
        'pointer-events-auto rounded-lg border bg-surface p-3 text-sm shadow-lg',
        isFailure ? 'border-tone-danger-dot/50' : 'border-line',
      )}
    >
      <div className="flex items-start justify-between gap-2">
        <p className="font-medium">{notice.title}</p>
        <StatusBadge
          tone={statusTone(notice.status)}
          label={statusLabel(notice.status)}
        />
      </div>
      <div className="mt-2 flex gap-3">
        <Link
          to="/syncs/$syncId"
          params={{ syncId: notice.syncId }}
          search={notice.entityId ? { entityId: notice.entityId } : {}}
          onClick={() => onDismiss(syncId)}
          className="font-medium text-link underline"
        >
          Open sync
        </Link>
        <button
          type="button"
          onClick={() => onDismiss(syncId)}
          className="text-ink-muted hover:text-ink"
        >
          Dismiss
        </button>
      </div>
    </div>
  )
}

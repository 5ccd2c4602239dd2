import { useEffect } from 'react'

import type { Connection } from '../../api/connections.ts'
import type { SyncStatus } from '../../api/syncs.ts'
import { isSyncFinished } from '../../lib/status.ts'
import { watchedSyncs } from '../../lib/watched-syncs.ts'
import { summariseProgress } from './progress.ts'

type SideEffectsInput = {
  sync: SyncStatus
  connection: Pick<Connection, 'entityId' | 'entityName'> | null
  isWatching: boolean
}

/**
 * A running sync opened here is followed app-wide, so its end is announced
 * on whatever page the person is on; the tab title carries its progress.
 */
export function useSyncSideEffects({
  sync,
  connection,
  isWatching,
}: SideEffectsInput) {
  const headline = summariseProgress(sync).headline
  const isRunning = !isSyncFinished(sync) && isWatching
  const entityId = connection?.entityId ?? null
  const entityName = connection?.entityName ?? null

  useEffect(() => {
    if (!isRunning) return
    watchedSyncs.watch({ syncId: sync.syncId, entityId, entityName })
  }, [isRunning, sync.syncId, entityId, entityName])

  useEffect(() => {
    const previous = document.title
    document.title = `${headline} · ${entityName ?? 'Sync'} · xPnA`
    return () => {
      document.title = previous
    }
  }, [headline, entityName])
}

import { useEffect } from 'react'

import type { SyncStatus } from '../../api/syncs.ts'
import { useRefreshWhenFinished } from '../../hooks/use-refresh-when-finished.ts'
import { isSyncFinished } from '../../lib/status.ts'
import { summariseProgress } from './progress.ts'

type SideEffectsInput = { sync: SyncStatus; entityName: string | null }

/** Keeps the list in step with the watched sync and the tab title current. */
export function useSyncSideEffects({ sync, entityName }: SideEffectsInput) {
  const headline = summariseProgress(sync).headline
  useRefreshWhenFinished(isSyncFinished(sync))

  useEffect(() => {
    const previous = document.title
    document.title = `${headline} · ${entityName ?? 'Sync'} · xPnA`
    return () => {
      document.title = previous
    }
  }, [headline, entityName])
}

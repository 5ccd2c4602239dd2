import { useSyncExternalStore } from 'react'

import { watchedSyncs } from '../lib/watched-syncs.ts'

/** The syncs this tab follows; re-renders when one is added or dropped. */
export function useWatchedSyncs() {
  return useSyncExternalStore(watchedSyncs.subscribe, watchedSyncs.list)
}

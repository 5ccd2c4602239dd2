/**
 * The syncs this tab is following, so that any page can say when one ends.
 * Kept in sessionStorage: a reload keeps watching, another tab does not.
 */
export type WatchedSync = {
  syncId: string
  entityId: string | null
  entityName: string | null
  /** Epoch ms when watching began; starts the watch cap for odd statuses. */
  watchedSince: number
}

const STORAGE_KEY = 'xpna.watched-syncs'

type Listener = () => void

function load(storage: Storage | undefined): WatchedSync[] {
  try {
    const raw = storage?.getItem(STORAGE_KEY)
    const parsed: unknown = raw ? JSON.parse(raw) : []
    return Array.isArray(parsed) ? parsed.filter(isWatchedSync) : []
  } catch {
    return []
  }
}

function isWatchedSync(value: unknown): value is WatchedSync {
  if (typeof value !== 'object' || value === null) return false
  const entry = value as Record<string, unknown>
  return (
    typeof entry.syncId === 'string' && typeof entry.watchedSince === 'number'
  )
}

export function createWatchedSyncs(storage?: Storage) {
  let entries = load(storage)
  const listeners = new Set<Listener>()

  function commit(next: WatchedSync[]) {
    entries = next
    try {
      storage?.setItem(STORAGE_KEY, JSON.stringify(entries))
    } catch {
      // A full or blocked storage only costs watching across reloads.
    }
    for (const listener of listeners) listener()
  }

  return {
    list: () => entries,
    subscribe(listener: Listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    /** Starts watching, or refreshes what is known about a watched sync. */
    watch(entry: Omit<WatchedSync, 'watchedSince'>, now = Date.now()) {
      const existing = entries.find((e) => e.syncId === entry.syncId)
      if (existing && existing.entityName === entry.entityName) return
      const others = entries.filter((e) => e.syncId !== entry.syncId)
      commit([
        ...others,
        { ...entry, watchedSince: existing?.watchedSince ?? now },
      ])
    },
    unwatch(syncId: string) {
      if (!entries.some((e) => e.syncId === syncId)) return
      commit(entries.filter((e) => e.syncId !== syncId))
    },
  }
}

export type WatchedSyncs = ReturnType<typeof createWatchedSyncs>

export const watchedSyncs = createWatchedSyncs(
  typeof window === 'undefined' ? undefined : window.sessionStorage,
)

/**
 * Syncs this tab started in the last moments. xPnA may answer 404 for a
 * sync it accepted a moment ago (the reference does not promise the status
 * is readable at once), so for a short grace a 404 means "starting", not
 * "not found". Kept in sessionStorage so a reload inside the grace keeps it.
 */
export const START_GRACE_MS = 15_000

const STORAGE_KEY = 'xpna.started-syncs'

type Started = Record<string, number>

export function createStartGrace(storage?: Storage) {
  function read(): Started {
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '{}')
      return typeof parsed === 'object' && parsed !== null
        ? (parsed as Started)
        : {}
    } catch {
      return {}
    }
  }

  return {
    /** Remembers a start; entries past the grace are dropped on the way. */
    noteStarted(syncId: string, now = Date.now()) {
      const kept = Object.entries(read()).filter(
        ([, at]) => typeof at === 'number' && now - at < START_GRACE_MS,
      )
      const next = { ...Object.fromEntries(kept), [syncId]: now }
      try {
        storage?.setItem(STORAGE_KEY, JSON.stringify(next))
      } catch {
        // A full or blocked storage only costs the grace across a reload.
      }
    },
    /** True while a 404 for this sync more likely means "not there yet". */
    isWithin(syncId: string, now = Date.now()) {
      const at = read()[syncId]
      return typeof at === 'number' && now >= at && now - at < START_GRACE_MS
    },
  }
}

export const startGrace = createStartGrace(
  typeof window === 'undefined' ? undefined : window.sessionStorage,
)

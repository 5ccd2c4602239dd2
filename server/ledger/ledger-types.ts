/** Who set a sync going, as far as this server can tell. */
export type StartedByKind = 'person' | 'dashboard' | 'elsewhere'

export interface RecordedStep {
  name: string
  status: string
  count: number | null
  startedAt: string | null
  completedAt: string | null
  message: string | null
}

/** One status answer from xPnA, reduced to what the ledger keeps. */
export interface SyncSnapshot {
  syncId: string
  status: string
  message: string | null
  startedAt: string | null
  completedAt: string | null
  steps: RecordedStep[]
}

export interface EntityInfo {
  entityId: string
  entityName: string | null
  sourceSystem: string | null
}

export interface RecordedSync extends SyncSnapshot, EntityInfo {
  isFinal: boolean
  startedByKind: StartedByKind
  /** The person's identity when `startedByKind` is `person`. */
  startedBy: string | null
  requestId: string | null
  correlationId: string | null
  firstSeenAt: string
  updatedAt: string
}

export interface SyncFilter {
  entityId?: string
  statuses?: string[]
  /** ISO instants, inclusive; compared with the start (or first sighting). */
  since?: string
  until?: string
  limit?: number
  /** Opaque cursor from a previous page. */
  cursor?: string
}

const TERMINAL = new Set([
  'completed',
  'succeeded',
  'failed',
  'error',
  'cancelled',
  'canceled',
  'completed_with_errors',
])

/** The same rule the dashboard uses: completedAt set, or a final word. */
export function isFinalSnapshot(
  snapshot: Pick<SyncSnapshot, 'status' | 'completedAt'>,
) {
  return (
    snapshot.completedAt !== null || TERMINAL.has(snapshot.status.toLowerCase())
  )
}

import { isTerminalStatus, syncStatusAt } from './sync-plan.ts'
import { type EntityRecord, settledAfter } from './workspace.ts'
import { isoOrNull, type ConnectionData } from './wire.ts'

/**
 * The connection as the list endpoint reports it at `now`. While a sync
 * runs, `lastSyncId` and `lastSyncStatus` already describe it, but
 * `lastSyncAt` (a completion time, per the reference) and `hasError` keep
 * the previous sync's values until it ends.
 */
export function describeConnection(
  entity: EntityRecord,
  now: number,
): ConnectionData {
  const plan = entity.current
  const status = plan ? syncStatusAt(plan, now) : null
  const isSyncing = status !== null && !isTerminalStatus(status)
  const state = isSyncing
    ? {
        ...entity.settled,
        lastSyncId: plan?.syncId ?? null,
        lastSyncStatus: status,
      }
    : settledAfter(entity)

  return {
    entityId: entity.entityId,
    entityName: entity.entityName,
    hasError: state.hasError,
    isActive: entity.isActive,
    isCurrentlySyncing: isSyncing,
    lastSyncId: state.lastSyncId,
    lastSyncStatus: state.lastSyncStatus,
    lastSyncAt: isoOrNull(state.lastSyncAt),
    nextScheduledSyncAt: isoOrNull(state.nextScheduledSyncAt),
    sourceSystem: entity.sourceSystem,
  }
}

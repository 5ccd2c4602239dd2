import { describeConnection } from './connection-view.ts'
import {
  describeSync,
  isTerminalStatus,
  syncStatusAt,
  type SyncOutcome,
} from './sync-plan.ts'
import { DEMO_SEEDS } from './demo-seeds.ts'
import { seedsFor } from './synthetic-seeds.ts'
import { createWorkspace, planSync, settledAfter } from './workspace.ts'
import {
  randomHex,
  type ConnectionData,
  type SyncStartData,
  type SyncStatusData,
} from './wire.ts'

export type StartResult =
  | { ok: true; data: SyncStartData }
  | { ok: false; status: 404 | 409; code: string; message: string }

export interface WorkspaceShape {
  stepMs?: number
  /** How many connections; the demo's own first. */
  connectionCount?: number
}

export interface Simulator {
  readonly stepMs: number
  listConnections(): ConnectionData[]
  /** `outcome` overrides how the entity's syncs normally end. */
  startSync(entityId: string, outcome?: SyncOutcome): StartResult
  /** null when no sync has this id. */
  syncStatus(syncId: string): SyncStatusData | null
  /** Milliseconds since the sync was accepted; null when no sync has this id. */
  syncAgeMs(syncId: string): number | null
  /**
   * Restores the demo workspace as of now, optionally with a new step
   * length or a number of connections (the demo's own, then made-up ones).
   */
  reset(options?: WorkspaceShape): void
}

// LIMITATION: scheduled syncs never start by themselves; noticeable after a
// demo server has run past a connection's next scheduled time (Acme's, 20
// minutes after start); the time then simply reads as overdue.
// LIMITATION: every sync started since the last reset is kept in memory;
// noticeable only after hundreds of thousands of starts; reset frees them.

/**
 * The fake xPnA workspace, without HTTP. Syncs advance with `now()` alone,
 * so a test with a fake clock sees every state without waiting.
 */
export function createSimulator(
  options: WorkspaceShape & { stepMs: number; now?: () => number },
): Simulator {
  const now = options.now ?? Date.now
  let stepMs = options.stepMs
  let connectionCount = options.connectionCount ?? DEMO_SEEDS.length
  let workspace = createWorkspace(now(), stepMs, seedsFor(connectionCount))

  function startSync(entityId: string, outcome?: SyncOutcome): StartResult {
    const entity = workspace.entities.get(entityId)
    const at = now()

    if (!entity) {
      return {
        ok: false,
        status: 404,
        code: 'entity_not_found',
        message: 'No connection in this workspace has that entityId.',
      }
    }
    if (!entity.isActive) {
      return {
        ok: false,
        status: 409,
        code: 'connection_inactive',
        message: `The connection for ${entity.entityName} is inactive; reactivate it in xPnA before starting a sync.`,
      }
    }
    const running = entity.current
    if (running && !isTerminalStatus(syncStatusAt(running, at))) {
      return {
        ok: false,
        status: 409,
        code: 'sync_in_progress',
        message: `A sync is already running for ${entity.entityName} (syncId ${running.syncId}).`,
      }
    }
    entity.settled = settledAfter(entity)
    const plan = planSync(entity, randomHex(16), at, stepMs, outcome)
    workspace.syncs.set(plan.syncId, plan)
    entity.current = plan

    return {
      ok: true,
      data: { syncId: plan.syncId, entityId, message: 'Sync started.' },
    }
  }

  return {
    get stepMs() {
      return stepMs
    },
    listConnections: () =>
      [...workspace.entities.values()].map((entity) =>
        describeConnection(entity, now()),
      ),
    startSync,
    syncStatus(syncId) {
      const plan = workspace.syncs.get(syncId)
      return plan ? describeSync(plan, now()) : null
    },
    syncAgeMs(syncId) {
      const plan = workspace.syncs.get(syncId)
      return plan ? now() - plan.requestedAt : null
    },
    reset(next = {}) {
      stepMs = next.stepMs ?? stepMs
      connectionCount = next.connectionCount ?? connectionCount
      workspace = createWorkspace(now(), stepMs, seedsFor(connectionCount))
    },
  }
}

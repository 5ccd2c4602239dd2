import { DEMO_SEEDS, type Seed } from './demo-seeds.ts'
import { syncEndsAt, type SyncOutcome, type SyncPlan } from './sync-plan.ts'
import type { Volumes } from './sync-steps.ts'
import { stableId } from './wire.ts'

/** The connection's fields as they stood before its current sync began. */
export interface SettledState {
  lastSyncId: string | null
  lastSyncStatus: string | null
  lastSyncAt: number | null
  hasError: boolean
  nextScheduledSyncAt: number | null
}

export interface EntityRecord {
  entityId: string
  entityName: string
  sourceSystem: string
  isActive: boolean
  /** Gap between scheduled syncs; null when nothing is scheduled. */
  scheduleEveryMs: number | null
  volumes: Volumes
  /** How every sync of this entity ends unless a scenario says otherwise. */
  outcome: SyncOutcome
  settled: SettledState
  /** The latest sync, running or finished; null when never synced. */
  current: SyncPlan | null
}

export interface Workspace {
  entities: Map<string, EntityRecord>
  syncs: Map<string, SyncPlan>
}

const MINUTE = 60_000

/** The demo workspace as it stands at `now`, every id stable across runs. */
export function createWorkspace(
  now: number,
  stepMs: number,
  seeds: readonly Seed[] = DEMO_SEEDS,
): Workspace {
  const workspace: Workspace = { entities: new Map(), syncs: new Map() }

  for (const seed of seeds) {
    const entity = seedEntity(seed, now)
    if (seed.lastEndedMinAgo !== null) {
      const syncId = stableId(`sync:${seed.name}:previous`)
      // Planned from time 0, its end is its length; then moved back so it
      // ended the seed's number of minutes ago.
      const draft = planSync(entity, syncId, 0, stepMs)
      const endedAt = now - seed.lastEndedMinAgo * MINUTE
      const plan = { ...draft, requestedAt: endedAt - syncEndsAt(draft) }
      workspace.syncs.set(plan.syncId, plan)
      entity.current = plan
    }
    // About five seconds into a sync at the default step length.
    if (seed.isSyncingAtStart) {
      entity.settled = settledAfter(entity)
      const syncId = stableId(`sync:${seed.name}:current`)
      const plan = planSync(entity, syncId, now - (stepMs * 10) / 7, stepMs)
      workspace.syncs.set(plan.syncId, plan)
      entity.current = plan
    }
    workspace.entities.set(entity.entityId, entity)
  }

  return workspace
}

function seedEntity(seed: Seed, now: number): EntityRecord {
  const firstSyncAt =
    seed.firstSyncInMin === undefined
      ? null
      : now + seed.firstSyncInMin * MINUTE

  return {
    entityId: stableId(`entity:${seed.name}`),
    entityName: seed.name,
    sourceSystem: seed.sourceSystem,
    isActive: seed.isActive ?? true,
    scheduleEveryMs: seed.everyMin === null ? null : seed.everyMin * MINUTE,
    volumes: volumesFor(seed.name),
    outcome: seed.outcome ?? { kind: 'completed' },
    settled: {
      lastSyncId: null,
      lastSyncStatus: null,
      lastSyncAt: null,
      hasError: false,
      nextScheduledSyncAt: firstSyncAt,
    },
    current: null,
  }
}

export function planSync(
  entity: EntityRecord,
  syncId: string,
  requestedAt: number,
  stepMs: number,
  outcome: SyncOutcome = entity.outcome,
): SyncPlan {
  return {
    syncId,
    entityId: entity.entityId,
    sourceSystem: entity.sourceSystem,
    requestedAt,
    stepMs,
    volumes: entity.volumes,
    outcome,
  }
}

/** The connection once its current sync has finished (or as it was). */
export function settledAfter(entity: EntityRecord): SettledState {
  const plan = entity.current

  if (!plan) return entity.settled
  const endsAt = syncEndsAt(plan)
  const every = entity.scheduleEveryMs

  return {
    lastSyncId: plan.syncId,
    lastSyncStatus: plan.outcome.kind,
    lastSyncAt: endsAt,
    hasError: plan.outcome.kind !== 'completed',
    nextScheduledSyncAt:
      every === null ? entity.settled.nextScheduledSyncAt : endsAt + every,
  }
}

// Volumes follow from the name, so counts and messages are the same on
// every run and a test can quote them.
export function volumesFor(name: string): Volumes {
  const seed = Number.parseInt(stableId(`volumes:${name}`).slice(0, 8), 16)
  const accounts = 120 + (seed % 280)
  const journalLines = 2_000 + (Math.floor(seed / 280) % 38_000)

  return { journalLines, accounts, balances: accounts * 12 }
}

import { DEMO_SEEDS } from './demo-seeds.ts'
import { describeSync, type SyncOutcome, type SyncPlan } from './sync-plan.ts'
import type { StepName, Volumes } from './sync-steps.ts'
import { stableId, type SyncStatusData } from './wire.ts'
import { volumesFor } from './workspace.ts'

export interface HistoricSync {
  entityId: string
  entityName: string
  sourceSystem: string
  sync: SyncStatusData
  startedBy: { kind: 'person' | 'dashboard' | 'elsewhere'; who: string | null }
}

const MINUTE = 60_000
// Real syncs take minutes, not the seconds the live demo uses.
const HISTORIC_STEP_MS = 40_000
const PEOPLE = ['maria.lopez@example.com', 'sam.okafor@example.com']

// A failure each source system is known for, so the history reads true.
const FAILURES: Record<string, { step: StepName; message: string }> = {
  Xero: {
    step: 'Extract',
    message:
      'Xero authorisation expired: reconnect the Xero organisation in xPnA.',
  },
  QuickBooks: {
    step: 'Extract',
    message: 'QuickBooks rate limit reached (429); retry after 60 s.',
  },
  'Sage Intacct': {
    step: 'Load',
    message:
      'Period October 2026 is locked in xPnA; unlock the period or post to the next open period.',
  },
  NetSuite: {
    step: 'Extract',
    message: 'NetSuite request timed out after 120 s.',
  },
  MYOB: {
    step: 'Transform',
    message: '4 unmapped accounts: 6-1200, 6-1210, 6-1300, 6-1310.',
  },
}

/** 0 to 1, the same for the same inputs on every run. */
function chance(...parts: (string | number)[]) {
  return Number.parseInt(stableId(parts.join(':')).slice(0, 8), 16) / 0xffffffff
}

function vary(volumes: Volumes, factor: number): Volumes {
  const scale = (n: number) => Math.max(1, Math.round(n * factor))
  return {
    journalLines: scale(volumes.journalLines),
    accounts: volumes.accounts,
    balances: volumes.balances,
  }
}

function outcomeFor(sourceSystem: string, roll: number): SyncOutcome {
  const failure = FAILURES[sourceSystem] ?? FAILURES.NetSuite
  if (failure && roll < 0.05)
    return { kind: 'failed', atFraction: 0.4, ...failure }
  if (roll < 0.08) {
    return {
      kind: 'completed_with_errors',
      step: 'Validate',
      message: '2 intercompany balances do not eliminate (difference 310.00).',
    }
  }
  return { kind: 'completed' }
}

function startedByFor(roll: number): HistoricSync['startedBy'] {
  if (roll < 0.04)
    return { kind: 'person', who: PEOPLE[roll < 0.02 ? 0 : 1] ?? null }
  if (roll < 0.12) return { kind: 'dashboard', who: null }
  return { kind: 'elsewhere', who: null }
}

/**
 * Weeks of believable finished syncs for the demo entities, ending before
 * each entity's current last sync, so the ledger has a history to show on
 * a fresh clone. Deterministic apart from `now`. The newest Dunder Mifflin
 * sync extracts nothing yet says it completed: the anomaly flag's example.
 */
export function demoHistory(now: number, days = 21): HistoricSync[] {
  const history: HistoricSync[] = []
  for (const seed of DEMO_SEEDS) {
    if (
      seed.everyMin === null ||
      seed.isActive === false ||
      seed.lastEndedMinAgo === null
    )
      continue
    const entityId = stableId(`entity:${seed.name}`)
    const volumes = volumesFor(seed.name)
    const lastEnd = now - seed.lastEndedMinAgo * MINUTE
    const every = Math.max(seed.everyMin, 60) * MINUTE
    for (
      let at = lastEnd - every, n = 0;
      at > now - days * 24 * 60 * MINUTE;
      at -= every, n++
    ) {
      const roll = chance(seed.name, n)
      const isPlantedAnomaly =
        seed.name === 'Dunder Mifflin Paper Co' && n === 0
      const plan: SyncPlan = {
        syncId: stableId(`history:${seed.name}:${n}`),
        entityId,
        sourceSystem: seed.sourceSystem,
        requestedAt: at,
        stepMs: HISTORIC_STEP_MS,
        volumes: isPlantedAnomaly
          ? { journalLines: 0, accounts: volumes.accounts, balances: 0 }
          : vary(volumes, 0.85 + 0.3 * chance('volume', seed.name, n)),
        outcome: isPlantedAnomaly
          ? { kind: 'completed' }
          : outcomeFor(seed.sourceSystem, roll),
      }
      history.push({
        entityId,
        entityName: seed.name,
        sourceSystem: seed.sourceSystem,
        sync: describeSync(plan, now),
        startedBy: startedByFor(chance('who', seed.name, n)),
      })
    }
  }
  return history
}

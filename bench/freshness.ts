import type { Page } from '@playwright/test'

import { stepWindows } from '../server/simulator/sync-plan.ts'
import { syncPollPaceMs } from '../src/lib/polling.ts'
import { openBenchPage } from './support/chromium.ts'
import type { BenchContext } from './support/context.ts'
import { type DemoServer, startDemoServer } from './support/demo-server.ts'
import { watchStepLabels, type StepSighting } from './support/page-clocks.ts'
import { BENCH_PORTS } from './support/ports.ts'
import { max, median } from './support/stats.ts'
import { ratioFigure, type Figure } from './table.ts'

export interface FreshnessOptions {
  port?: number
  /** Demo entities whose syncs run to the end, one page each. */
  entities?: string[]
  stepMs?: number
}

/** How far a step has got, as a page shows it; null for other words. */
const LEVEL: Record<string, number> = {
  Queued: 0,
  Running: 1,
  Completed: 2,
  'Completed with errors': 2,
  Failed: 2,
}
const LABELS = 'Queued|Running|Completed with errors|Completed|Failed'
export const FRESHNESS_SLACK_MS = 200

interface WireStep {
  startedAt: string | null
  completedAt: string | null
}

/** One moment a step changed upstream, and when the page first showed it. */
export interface Change {
  changedAt: number
  shownAt: number
}

/**
 * Pairs each upstream change (a step starting, a step finishing) with the
 * first frame that showed it. A change the page never saw the state before
 * of is left out: it happened before the page was watching.
 */
export function matchChanges(
  steps: WireStep[],
  sightings: StepSighting[],
): Change[] {
  return steps.flatMap((step, index) => {
    const seen = sightings
      .filter((sighting) => sighting.index === index)
      .map((sighting) => ({ ...sighting, level: LEVEL[sighting.label] }))
      .filter((sighting) => sighting.level !== undefined)
    const firstLevel = seen[0]?.level ?? Infinity
    const moments = [step.startedAt, step.completedAt]

    return moments.flatMap((iso, i) => {
      const level = i + 1
      const shown = seen.find((sighting) => (sighting.level ?? -1) >= level)
      if (iso === null || !shown || firstLevel >= level) return []
      return [{ changedAt: Date.parse(iso), shownAt: shown.at }]
    })
  })
}

/**
 * Starts the entity's sync from here, noting the moment, and opens its page.
 * The simulator's timestamps are floored to whole seconds, as in the
 * reference, which would make every delay look up to a second longer; its
 * plan gives the exact moments instead.
 */
async function watchOneSync(
  page: Page,
  server: DemoServer,
  entityName: string,
  stepMs: number,
) {
  const entity = (await server.connections()).find(
    (connection) => connection.entityName === entityName,
  )
  if (!entity) throw new Error(`The demo has no ${entityName}.`)
  const requestedAt = Date.now()
  const syncId = await server.startSync(entity.entityId)
  await page.goto(`${server.url}/syncs/${syncId}?entityId=${entity.entityId}`)
  const steps = stepWindows({ requestedAt, stepMs }).map((window) => ({
    startedAt: new Date(window.startsAt).toISOString(),
    completedAt: new Date(window.endsAt).toISOString(),
  }))

  return { syncId, steps }
}

export async function runFreshness(
  ctx: BenchContext,
  options: FreshnessOptions = {},
): Promise<Figure[]> {
  const entities = options.entities ?? [
    'Acme Holdings',
    'Umbrella Pharma GmbH',
    'Vandelay Industries',
    'Tailspin Toys Ltd',
  ]
  const [distDir, browser] = await Promise.all([ctx.appDir(), ctx.browser()])
  const server = await startDemoServer({
    port: options.port ?? BENCH_PORTS.freshness,
    distDir,
  })
  const context = await browser.newContext()

  try {
    const stepMs = options.stepMs ?? 2_500
    await server.reset({ stepMs })
    // One page at a time, as one person watches a sync: four pages on two
    // cores take turns to paint, and that wait is the machine's, not ours.
    const changes: Array<Change & { intervalMs: number }> = []
    for (const entityName of entities) {
      const page = await openBenchPage(context)
      await page.addInitScript(watchStepLabels, LABELS)
      const { syncId, steps } = await watchOneSync(
        page,
        server,
        entityName,
        stepMs,
      )
      await page.getByText(/No longer updating/).waitFor({ timeout: 120_000 })
      const sync = await server.syncStatus(syncId)
      const sightings = await page.evaluate(() => window.benchStepSightings)
      for (const change of matchChanges(steps, sightings ?? [])) {
        changes.push({ ...change, intervalMs: intervalAt(sync, change) })
      }
      await page.close()
    }

    return freshnessFigures(changes)
  } finally {
    await context.close()
    await server.close()
  }
}

// The pace the page polled at when the change happened: the sync was
// still running then, so its age alone decides.
function intervalAt(
  sync: { startedAt: string | null },
  change: Change,
): number {
  return syncPollPaceMs(
    {
      status: 'running',
      startedAt: sync.startedAt ? new Date(sync.startedAt) : null,
      completedAt: null,
    },
    new Date(change.changedAt),
  )
}

function freshnessFigures(
  changes: Array<Change & { intervalMs: number }>,
): Figure[] {
  const delays = changes.map((change) => change.shownAt - change.changedAt)
  const isFresh = (change: Change & { intervalMs: number }) =>
    change.shownAt - change.changedAt < change.intervalMs + FRESHNESS_SLACK_MS
  const intervalMs = max(changes.map((change) => change.intervalMs))
  const limitMs = (intervalMs + FRESHNESS_SLACK_MS).toLocaleString('en-US')
  const target = `< poll + ${FRESHNESS_SLACK_MS} ms (${limitMs} ms)`
  const baseline = { amount: intervalMs, unit: 'ms' as const }
  const note = `${changes.length} step changes; baseline: poll interval`

  return [
    ratioFigure({
      name: 'Freshness, median',
      value: { amount: median(delays), unit: 'ms' },
      baseline,
      target,
      isMet: (ratio) => ratio * intervalMs < intervalMs + FRESHNESS_SLACK_MS,
      note,
    }),
    ratioFigure({
      name: 'Freshness, worst',
      value: { amount: max(delays), unit: 'ms' },
      baseline,
      target,
      isMet: () => changes.every(isFresh),
      note,
    }),
  ]
}

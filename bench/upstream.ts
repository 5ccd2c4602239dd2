import type { Page } from '@playwright/test'

import type { CallsSnapshot } from '../server/simulator/call-log.ts'
import { QUEUE_WEIGHT } from '../server/simulator/sync-steps.ts'
import { syncPollPaceMs } from '../src/lib/polling.ts'
import { openBenchPage } from './support/chromium.ts'
import type { BenchContext } from './support/context.ts'
import { startDemoServer, type DemoServer } from './support/demo-server.ts'
import { BENCH_PORTS } from './support/ports.ts'
import { setVisibility } from '../e2e/support/visibility.ts'
import { isStatusRequest, sleep } from './support/visibility.ts'
import { ratioFigure, type Figure } from './table.ts'

export interface UpstreamOptions {
  port?: number
  viewers?: number
  /** How long each viewer count is counted; the result is per minute. */
  windowMs?: number
  hiddenWindowMs?: number
  stepMs?: number
  /**
   * How long the sync has been running before counting starts. Past 15 s
   * the page polls every 2 s until 2 min (src/lib/polling.ts), so both
   * counts see the same pace.
   */
  minRunningMs?: number
}

export const VIEWERS_TARGET_RATIO = 1.2
const WATCHED_ENTITY = 'Acme Holdings'

/** Upstream requests per minute, by route, over `windowMs` from now. */
async function countPerMinute(server: DemoServer, windowMs: number) {
  const before = await server.calls()
  await sleep(windowMs)
  const after = await server.calls()
  const perMinute = (pick: (calls: CallsSnapshot) => number) =>
    ((pick(after) - pick(before)) * 60_000) / windowMs

  return {
    total: perMinute((calls) => calls.total),
    status: perMinute((calls) => calls.counts.status),
    list: perMinute((calls) => calls.counts.list),
  }
}

async function watchSync(page: Page, url: string) {
  await page.goto(url)
  await page
    .getByRole('list', { name: 'Sync steps' })
    .waitFor({ timeout: 120_000 })
}

/** The status poll interval the page keeps for a sync running since then. */
function pollPaceMs(runningFrom: number, at: number) {
  return syncPollPaceMs(
    { status: 'running', startedAt: new Date(runningFrom), completedAt: null },
    new Date(at),
  )
}

/** Status requests a hidden page sends after the one it may have in flight. */
async function countHiddenTabRequests(page: Page, windowMs: number) {
  let count = 0
  await setVisibility(page, 'hidden')
  await sleep(500)
  page.on('request', (request) => {
    if (isStatusRequest(request.url())) count += 1
  })
  await sleep(windowMs)

  return count
}

export async function runUpstream(
  ctx: BenchContext,
  options: UpstreamOptions = {},
): Promise<Figure[]> {
  const viewers = options.viewers ?? 50
  const windowMs = options.windowMs ?? 20_000
  const hiddenWindowMs = options.hiddenWindowMs ?? 6_000
  const stepMs = options.stepMs ?? 30_000
  const [distDir, browser] = await Promise.all([ctx.appDir(), ctx.browser()])
  const server = await startDemoServer({
    port: options.port ?? BENCH_PORTS.upstream,
    distDir,
  })
  // Fifty viewers are fifty machines; here they are fifty pages on two
  // cores. With their spinners turning, the cores saturate, the pages'
  // timers run most of a second late and the ticks no longer line up, which
  // no real viewer's browser would do. Reduced motion stops the spinners.
  const context = await browser.newContext({ reducedMotion: 'reduce' })

  try {
    await server.reset({ stepMs })
    const pages: Page[] = []
    for (let i = 0; i < viewers; i += 1) {
      pages.push(await openBenchPage(context))
    }
    const [first, ...others] = pages as [Page, ...Page[]]
    // Caches the code, so the viewers below load about as fast as a tab can.
    await first.goto(`${server.url}/`)
    const entity = (await server.connections()).find(
      (connection) => connection.entityName === WATCHED_ENTITY,
    )
    if (!entity) throw new Error(`The demo has no ${WATCHED_ENTITY}.`)
    const syncId = await server.startSync(entity.entityId)
    const startedAt = Date.now()
    const syncUrl = `${server.url}/syncs/${syncId}?entityId=${entity.entityId}`
    await Promise.all(pages.map((page) => watchSync(page, syncUrl)))
    const runningFrom = startedAt + QUEUE_WEIGHT * stepMs
    await sleep(runningFrom + (options.minRunningMs ?? 16_000) - Date.now())
    const paceAtStart = pollPaceMs(runningFrom, Date.now())
    const many = await countPerMinute(server, windowMs)
    await Promise.all(others.map((page) => page.close()))
    // Answers the closed pages fetched are kept a second for sharing.
    await sleep(2_500)
    const one = await countPerMinute(server, windowMs)
    const paceAtEnd = pollPaceMs(runningFrom, Date.now())
    const pace =
      paceAtStart === paceAtEnd
        ? `status polled every ${Number(paceAtEnd) / 1000} s`
        : 'the poll pace changed while counting'
    const hidden = await countHiddenTabRequests(first, hiddenWindowMs)

    return [
      ratioFigure({
        name: `Upstream calls, ${viewers} viewers of one sync`,
        value: { amount: many.total, unit: 'req/min' },
        baseline: { amount: one.total, unit: 'req/min' },
        target: `≤ ${VIEWERS_TARGET_RATIO}× one viewer`,
        isMet: (ratio) => ratio <= VIEWERS_TARGET_RATIO,
        note:
          `${viewers} real pages, ${pace}; per minute, ` +
          `status ${round(one.status)} → ${round(many.status)}, ` +
          `list ${round(one.list)} → ${round(many.list)}`,
      }),
      {
        name: 'Status requests from a hidden tab',
        value: { amount: hidden, unit: 'requests' },
        baseline: null,
        score: { amount: hidden, kind: 'count' },
        target: '0',
        isMet: hidden === 0,
        note: `in ${hiddenWindowMs / 1000} s, after the one in flight`,
      },
    ]
  } finally {
    await context.close()
    await server.close()
  }
}

const round = (value: number) => Math.round(value)

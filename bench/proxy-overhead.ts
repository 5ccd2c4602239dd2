import autocannon from 'autocannon'

import { startChildServer, type ChildServer } from './support/child-server.ts'
import { BENCH_PORTS } from './support/ports.ts'
import { ratioFigure, type Figure } from './table.ts'

export interface ProxyOptions {
  port?: number
  connections?: number
  durationS?: number
  warmUpS?: number
  /** Workspace size; every connection's last sync gives one distinct id. */
  syncCount?: number
}

export const DISTINCT_TARGET_RATIO = 0.2
export const DISTINCT_P99_TARGET_MS = 10
export const IDENTICAL_TARGET_RATIO = 1
// Known to both sides only for this run; it guards nothing real.
const BENCH_KEY = 'bench-key-not-a-secret'

export interface LoadResult {
  requestsPerS: number
  p50Ms: number
  p99Ms: number
  /** Answers that were not 2xx, plus socket errors and timeouts. */
  failures: number
  completed: number
}

/**
 * A bounded autocannon run over `paths`, taken in turn across sockets from
 * `cursor.next` on; runs that share a cursor never repeat a path early.
 */
export async function load(options: {
  origin: string
  paths: string[]
  headers?: Record<string, string>
  connections: number
  durationS: number
  cursor?: { next: number }
}): Promise<LoadResult> {
  const cursor = options.cursor ?? { next: 0 }
  const result = await autocannon({
    url: options.origin,
    connections: options.connections,
    duration: options.durationS,
    headers: options.headers,
    requests: [
      {
        setupRequest: (request) => {
          const path = options.paths[cursor.next % options.paths.length] ?? '/'
          cursor.next += 1
          return { ...request, path }
        },
      },
    ],
  })

  return {
    // Counted over the run's own length: the per-second average leaves out
    // a last partial second, and a run shorter than a second entirely.
    requestsPerS: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
    completed: result.requests.total,
  }
}

const statusPath = (syncId: string) =>
  `/api/public/v1/connections/sync/${syncId}/status`
const ms = (amount: number) => ({ amount, unit: 'ms' as const })

interface Target {
  origin: string
  headers?: Record<string, string>
}

async function upstreamStatusCalls(simulatorOrigin: string) {
  const response = await fetch(`${simulatorOrigin}/__simulator/calls`)
  const calls = (await response.json()) as { counts: { status: number } }

  return calls.counts.status
}

async function lastSyncIds(simulatorOrigin: string) {
  const response = await fetch(`${simulatorOrigin}/api/public/v1/connections`, {
    headers: { 'x-api-key': BENCH_KEY },
  })
  const list = (await response.json()) as {
    data: Array<{ lastSyncId: string | null }>
  }

  return list.data.flatMap((c) => (c.lastSyncId ? [c.lastSyncId] : []))
}

export async function runProxyOverhead(
  options: ProxyOptions = {},
): Promise<Figure[]> {
  const simulatorPort = options.port ?? BENCH_PORTS.proxy
  const serverPort = simulatorPort + 1
  const simulator = `http://127.0.0.1:${simulatorPort}`
  const server = `http://127.0.0.1:${serverPort}`
  const settings = {
    connections: options.connections ?? 50,
    durationS: options.durationS ?? 3,
  }
  const children: ChildServer[] = []

  const cursor = { next: 0 }
  const run = (target: Target, paths: string[], durationS: number) =>
    load({ ...target, paths, ...settings, durationS, cursor })

  // Direct, proxied, proxied, direct, each after a warm-up: a drift in what
  // else the machine runs then weighs on both sides alike.
  async function compare(proxied: Target, direct: Target, paths: string[]) {
    const runs: Measured[] = []
    for (const target of [direct, proxied, proxied, direct]) {
      const warmUpS = options.warmUpS ?? 1
      if (warmUpS > 0) await run(target, paths, warmUpS)
      const before = await upstreamStatusCalls(simulator)
      const result = await run(target, paths, settings.durationS)
      const upstreamCalls = (await upstreamStatusCalls(simulator)) - before
      runs.push({ ...result, upstreamCalls })
    }
    const [d1, p1, p2, d2] = runs as [Measured, Measured, Measured, Measured]

    return [combine(p1, p2), combine(d1, d2)] as [Measured, Measured]
  }

  try {
    children.push(
      await startChildServer(
        'server/simulator/standalone.ts',
        {
          SIMULATOR_PORT: String(simulatorPort),
          SIMULATOR_API_KEY: BENCH_KEY,
          XPNA_SIMULATOR_CONNECTIONS: String(options.syncCount ?? 20_000),
        },
        `${simulator}/__simulator/calls`,
      ),
    )
    children.push(
      await startChildServer(
        'server/index.ts',
        {
          HOST: '127.0.0.1',
          PORT: String(serverPort),
          XPNA_API_KEY: BENCH_KEY,
          XPNA_API_URL: `${simulator}/api/public/v1`,
          XPNA_TRUSTED_IDENTITY_HEADER: '',
          LOG_LEVEL: 'info',
          // The history's own polling would compete with the load.
          XPNA_LEDGER: 'off',
        },
        `${server}/healthz`,
      ),
    )
    const distinct = (await lastSyncIds(simulator)).map(statusPath)
    const identical = distinct.slice(0, 1)
    const direct = { origin: simulator, headers: { 'x-api-key': BENCH_KEY } }
    const proxied = { origin: server }

    return proxyFigures({
      connections: settings.connections,
      ids: distinct.length,
      distinct: await compare(proxied, direct, distinct),
      identical: await compare(proxied, direct, identical),
    })
  } finally {
    for (const child of children.toReversed()) await child.stop()
  }
}

type Measured = LoadResult & { upstreamCalls: number }

/** Two runs of the same load as one: means of rates and percentiles. */
function combine(a: Measured, b: Measured): Measured {
  const mean = (pick: (run: Measured) => number) => (pick(a) + pick(b)) / 2
  const sum = (pick: (run: Measured) => number) => pick(a) + pick(b)

  return {
    requestsPerS: mean((run) => run.requestsPerS),
    p50Ms: mean((run) => run.p50Ms),
    p99Ms: mean((run) => run.p99Ms),
    failures: sum((run) => run.failures),
    completed: sum((run) => run.completed),
    upstreamCalls: sum((run) => run.upstreamCalls),
  }
}

function proxyFigures(runs: {
  connections: number
  ids: number
  distinct: [Measured, Measured]
  identical: [Measured, Measured]
}): Figure[] {
  const [proxied, direct] = runs.distinct
  const [shared, directSame] = runs.identical
  const perS = (run: Measured) => ({
    amount: run.requestsPerS,
    unit: 'req/s' as const,
  })
  const at = `${runs.connections} connections`
  const reuse = 1 - proxied.upstreamCalls / proxied.completed
  const failures = [proxied, direct, shared, directSame].reduce(
    (sum, run) => sum + run.failures,
    0,
  )
  const health = failures > 0 ? `; ${failures} failed requests` : ''

  return [
    ratioFigure({
      name: `Proxy, distinct sync ids: throughput`,
      value: perS(proxied),
      baseline: perS(direct),
      target: `≥ ${DISTINCT_TARGET_RATIO}× direct`,
      isMet: (ratio) => ratio >= DISTINCT_TARGET_RATIO,
      note: `${at}, ${runs.ids.toLocaleString('en-US')} ids, ${percent(reuse)} answered from shared calls${health}`,
    }),
    ratioFigure({
      name: 'Proxy, distinct sync ids: p50 latency',
      value: ms(proxied.p50Ms),
      baseline: ms(direct.p50Ms),
      target: '—',
      isMet: null,
      note: '1 ms resolution',
    }),
    ratioFigure({
      name: 'Proxy, distinct sync ids: p99 latency',
      value: ms(proxied.p99Ms),
      baseline: ms(direct.p99Ms),
      target: `< ${DISTINCT_P99_TARGET_MS} ms`,
      isMet: () => proxied.p99Ms < DISTINCT_P99_TARGET_MS,
    }),
    ratioFigure({
      name: 'Proxy, identical requests: throughput',
      value: perS(shared),
      baseline: perS(directSame),
      target: `≥ ${IDENTICAL_TARGET_RATIO}× direct`,
      isMet: (ratio) => ratio >= IDENTICAL_TARGET_RATIO,
      note: `${at}; ${shared.upstreamCalls.toLocaleString('en-US')} upstream calls`,
    }),
    ratioFigure({
      name: 'Proxy, identical requests: p50 latency',
      value: ms(shared.p50Ms),
      baseline: ms(directSame.p50Ms),
      target: '—',
      isMet: null,
    }),
    ratioFigure({
      name: 'Proxy, identical requests: p99 latency',
      value: ms(shared.p99Ms),
      baseline: ms(directSame.p99Ms),
      target: '—',
      isMet: null,
    }),
  ]
}

const percent = (share: number) => `${Math.round(Math.max(share, 0) * 100)}%`

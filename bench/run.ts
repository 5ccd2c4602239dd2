// `npm run bench [figure...]`: runs the chosen benchmarks (all by default)
// and prints one table. Exits 1 when a target is missed or a benchmark
// fails, so a script can tell.
import { runFreshness } from './freshness.ts'
import { runProxyOverhead } from './proxy-overhead.ts'
import { runRender } from './render.ts'
import { createBenchContext, type BenchContext } from './support/context.ts'
import { formatTable, missingFigure, type Figure } from './table.ts'
import { runUpstream } from './upstream.ts'
import { runWeight } from './weight.ts'

const BENCHMARKS: Record<string, (ctx: BenchContext) => Promise<Figure[]>> = {
  weight: runWeight,
  render: (ctx) => runRender(ctx),
  upstream: (ctx) => runUpstream(ctx),
  freshness: (ctx) => runFreshness(ctx),
  proxy: () => runProxyOverhead(),
}

const names = Object.keys(BENCHMARKS)
const asked = process.argv.slice(2)
const unknown = asked.filter((name) => !names.includes(name))
if (unknown.length > 0) {
  console.error(
    `Unknown benchmark ${unknown.join(', ')}; choose from: ${names.join(' ')}`,
  )
  process.exit(2)
}

// Sync history stays in memory: a benchmark must not fill data/.
process.env.XPNA_LEDGER_PATH ??= ':memory:'
const ctx = createBenchContext()
const figures: Figure[] = []
let hasFailed = false
try {
  for (const name of asked.length > 0 ? asked : names) {
    const startedAt = performance.now()
    console.error(`bench: ${name}…`)
    try {
      figures.push(...((await BENCHMARKS[name]?.(ctx)) ?? []))
    } catch (err) {
      hasFailed = true
      console.error(err)
      figures.push(
        missingFigure(name, '—', `error: ${String(err).split('\n')[0]}`),
      )
    }
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(0)
    console.error(`bench: ${name} took ${seconds} s`)
  }
} finally {
  await ctx.close()
}

console.log(formatTable(figures))
if (hasFailed || figures.some((figure) => figure.isMet === false)) {
  process.exitCode = 1
}

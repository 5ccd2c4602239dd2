import { afterAll, expect, test } from 'vitest'

import { createBenchContext } from './support/context.ts'
import { BENCH_PORTS, TEST_OFFSET } from './support/ports.ts'
import { runWeight } from './weight.ts'

const ctx = createBenchContext()
afterAll(() => ctx.close())

test('weighs the first visit against the bare page in both codings', async () => {
  const figures = await runWeight(ctx, {
    port: BENCH_PORTS.weight + TEST_OFFSET,
  })

  expect(figures.map((figure) => figure.name)).toEqual([
    'Weight of `/`, JS + CSS, gzip',
    'Weight of `/`, JS + CSS, brotli',
  ])
  for (const figure of figures) {
    expect(figure.value?.unit).toBe('KB')
    expect(figure.value?.amount).toBeGreaterThan(figure.baseline?.amount ?? 0)
    expect(figure.baseline?.amount).toBeGreaterThan(0)
    expect(figure.score?.kind).toBe('ratio')
  }
}, 60_000)

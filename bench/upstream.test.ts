import { afterAll, expect, test } from 'vitest'

import { createBenchContext } from './support/context.ts'
import { BENCH_PORTS, TEST_OFFSET } from './support/ports.ts'
import { runUpstream } from './upstream.ts'

const ctx = createBenchContext()
afterAll(() => ctx.close())

test('counts upstream calls per minute for one and many viewers, and a hidden tab', async () => {
  const [viewers, hidden] = await runUpstream(ctx, {
    port: BENCH_PORTS.upstream + TEST_OFFSET,
    viewers: 2,
    windowMs: 1_500,
    hiddenWindowMs: 1_000,
    stepMs: 5_000,
    minRunningMs: 0,
  })

  expect(viewers?.name).toBe('Upstream calls, 2 viewers of one sync')
  expect(viewers?.value?.unit).toBe('req/min')
  expect(viewers?.baseline?.amount).toBeGreaterThan(0)
  expect(Number.isFinite(viewers?.score?.amount)).toBe(true)
  expect(hidden?.name).toBe('Status requests from a hidden tab')
  expect(hidden?.score?.kind).toBe('count')
  expect(Number.isInteger(hidden?.value?.amount)).toBe(true)
}, 90_000)

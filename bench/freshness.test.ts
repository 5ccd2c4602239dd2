import { afterAll, expect, test } from 'vitest'

import { matchChanges, runFreshness } from './freshness.ts'
import { createBenchContext } from './support/context.ts'
import { BENCH_PORTS, TEST_OFFSET } from './support/ports.ts'

const ctx = createBenchContext()
afterAll(() => ctx.close())

const at = (ms: number) => new Date(ms).toISOString()

test('pairs each step change with the first frame that showed it', () => {
  const steps = [
    { startedAt: at(1_000), completedAt: at(3_000) },
    { startedAt: at(3_000), completedAt: null },
  ]
  const sightings = [
    { index: 0, label: 'Queued', at: 500 },
    { index: 1, label: 'Queued', at: 500 },
    { index: 0, label: 'Running', at: 1_400 },
    { index: 0, label: 'Completed', at: 3_900 },
    { index: 1, label: 'Running', at: 3_900 },
  ]

  expect(matchChanges(steps, sightings)).toEqual([
    { changedAt: 1_000, shownAt: 1_400 },
    { changedAt: 3_000, shownAt: 3_900 },
    { changedAt: 3_000, shownAt: 3_900 },
  ])
})

test('a step that skipped Running on screen counts its start when it showed done', () => {
  const steps = [{ startedAt: at(1_000), completedAt: at(1_500) }]
  const sightings = [
    { index: 0, label: 'Queued', at: 500 },
    { index: 0, label: 'Completed', at: 1_900 },
  ]

  expect(matchChanges(steps, sightings)).toEqual([
    { changedAt: 1_000, shownAt: 1_900 },
    { changedAt: 1_500, shownAt: 1_900 },
  ])
})

test('changes from before the page was watching are left out', () => {
  const steps = [{ startedAt: at(1_000), completedAt: at(2_000) }]
  const sightings = [
    { index: 0, label: 'Running', at: 1_500 },
    { index: 0, label: 'Completed', at: 2_300 },
  ]

  expect(matchChanges(steps, sightings)).toEqual([
    { changedAt: 2_000, shownAt: 2_300 },
  ])
})

test('a short run measures freshness in milliseconds', async () => {
  const figures = await runFreshness(ctx, {
    port: BENCH_PORTS.freshness + TEST_OFFSET,
    entities: ['Acme Holdings'],
    stepMs: 1_000,
  })

  expect(figures.map((figure) => figure.name)).toEqual([
    'Freshness, median',
    'Freshness, worst',
  ])
  for (const figure of figures) {
    expect(figure.value?.unit).toBe('ms')
    expect(Number.isFinite(figure.value?.amount)).toBe(true)
    expect(figure.baseline).toEqual({ amount: 1_000, unit: 'ms' })
  }
}, 60_000)

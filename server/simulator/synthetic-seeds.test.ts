import { expect, test } from 'vitest'

import { DEMO_SEEDS } from './demo-seeds.ts'
import { seedsFor } from './synthetic-seeds.ts'

test('keeps the demo entities first, so tests can still find them', () => {
  const seeds = seedsFor(20_000)

  expect(seeds.slice(0, DEMO_SEEDS.length)).toEqual(DEMO_SEEDS)
  expect(seeds).toHaveLength(20_000)
})

test('gives every made-up entity its own name', () => {
  const names = seedsFor(20_000).map((seed) => seed.name)

  expect(new Set(names).size).toBe(20_000)
})

test('mixes failed, syncing, inactive and overdue entities among the healthy', () => {
  const made = seedsFor(5_000).slice(DEMO_SEEDS.length)
  const share = (match: (seed: (typeof made)[number]) => boolean) =>
    made.filter(match).length / made.length

  expect(share((s) => s.outcome?.kind === 'failed')).toBeGreaterThan(0.03)
  expect(share((s) => s.isSyncingAtStart === true)).toBeGreaterThan(0.01)
  expect(share((s) => s.isActive === false)).toBeGreaterThan(0.02)
  expect(share((s) => (s.lastEndedMinAgo ?? 0) > 60)).toBeGreaterThan(0.03)
})

test('gives the same workspace for the same count', () => {
  expect(seedsFor(300)).toEqual(seedsFor(300))
})

test('a count below the demo workspace keeps that many demo entities', () => {
  expect(seedsFor(0)).toEqual([])
  expect(seedsFor(3).map((seed) => seed.name)).toEqual([
    'Acme Holdings',
    'Globex UK Ltd',
    'Northwind Traders',
  ])
})

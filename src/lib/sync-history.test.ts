import { expect, test } from 'vitest'

import { findCountDrops, summariseHistory } from './sync-history.ts'

function sync(
  syncId: string,
  status: string,
  extractCount: number | null,
  hour = 0,
) {
  return {
    syncId,
    status,
    isFinal: status !== 'running',
    startedAt: new Date(Date.UTC(2026, 11, 3, hour)),
    completedAt:
      status === 'running' ? null : new Date(Date.UTC(2026, 11, 3, hour, 3)),
    steps: [{ name: 'Extract', count: extractCount }],
  }
}

const usual = [1180, 1220, 1205, 1190, 1250].map((count, i) =>
  sync(`old${i}`, 'completed', count, 5 - i),
)

test('flags a step whose count collapsed against recent successful syncs', () => {
  const latest = sync('new', 'completed', 0, 9)

  expect(findCountDrops(latest, [latest, ...usual])).toEqual([
    { stepName: 'Extract', count: 0, typicalCount: 1205 },
  ])
})

test('does not flag ordinary variation', () => {
  const latest = sync('new', 'completed', 1010, 9)

  expect(findCountDrops(latest, [latest, ...usual])).toEqual([])
})

test('ignores failed syncs when learning what is usual', () => {
  const failures = [0, 0, 0].map((count, i) =>
    sync(`f${i}`, 'failed', count, 8 - i),
  )
  const latest = sync('new', 'completed', 0, 9)

  expect(findCountDrops(latest, [latest, ...failures, ...usual])).toHaveLength(
    1,
  )
})

test('says nothing without at least three successful syncs to compare with', () => {
  const latest = sync('new', 'completed', 0, 9)

  expect(findCountDrops(latest, [latest, ...usual.slice(0, 2)])).toEqual([])
})

test('summarises success rate and the last success', () => {
  const history = [
    sync('a', 'running', 5, 9),
    sync('b', 'failed', 0, 8),
    ...usual,
  ]

  expect(summariseHistory(history)).toEqual({
    finishedCount: 6,
    successRate: 5 / 6,
    lastSuccessAt: new Date(Date.UTC(2026, 11, 3, 5, 3)),
  })
})

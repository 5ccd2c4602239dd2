import { expect, test } from 'vitest'

import { timeAxisOf } from './time-axis.ts'

const t = (seconds: number) => new Date(Date.UTC(2026, 11, 3, 8, 0, seconds))

test('spans a finished sync from its start to its end', () => {
  const axis = timeAxisOf(
    {
      startedAt: t(0),
      completedAt: t(20),
      steps: [{ startedAt: t(1), completedAt: t(9) }],
    },
    t(50),
  )

  expect(axis).toEqual({ start: t(0), end: t(20) })
})

test('runs a live sync up to now', () => {
  const axis = timeAxisOf(
    {
      startedAt: t(0),
      completedAt: null,
      steps: [{ startedAt: t(1), completedAt: null }],
    },
    t(12),
  )

  expect(axis).toEqual({ start: t(0), end: t(12) })
})

test('starts at the first step when the sync itself has no start time', () => {
  const axis = timeAxisOf(
    {
      startedAt: null,
      completedAt: null,
      steps: [{ startedAt: t(3), completedAt: t(5) }],
    },
    t(10),
  )

  expect(axis?.start).toEqual(t(3))
})

test('has no axis before anything has started', () => {
  expect(
    timeAxisOf(
      {
        startedAt: null,
        completedAt: null,
        steps: [{ startedAt: null, completedAt: null }],
      },
      t(1),
    ),
  ).toBeNull()
})

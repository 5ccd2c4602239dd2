import { expect, test } from 'vitest'

import {
  listBaseMs,
  MAX_BACKOFF_MS,
  nextDelayMs,
  untilClockTick,
} from './watch-schedule.ts'

test('reads the list every minute when quiet and every 15 s when busy', () => {
  expect(listBaseMs(false)).toBe(60_000)
  expect(listBaseMs(true)).toBe(15_000)
})

test('keeps the base pace while reads succeed', () => {
  expect(
    nextDelayMs({
      baseMs: 5_000,
      failures: 0,
      retryAfterMs: null,
      random: 0.9,
    }),
  ).toBe(5_000)
})

test('doubles the wait after each failure, with jitter, up to ten minutes', () => {
  const delays = [1, 2, 3].map((failures) =>
    nextDelayMs({ baseMs: 5_000, failures, retryAfterMs: null, random: 0.5 }),
  )

  expect(delays).toEqual([10_000, 20_000, 40_000])
  expect(
    nextDelayMs({ baseMs: 60_000, failures: 9, retryAfterMs: null, random: 1 }),
  ).toBe(MAX_BACKOFF_MS)
  expect(
    nextDelayMs({ baseMs: 5_000, failures: 1, retryAfterMs: null, random: 0 }),
  ).toBe(8_000)
})

test('never asks again sooner than Retry-After says', () => {
  expect(
    nextDelayMs({
      baseMs: 5_000,
      failures: 1,
      retryAfterMs: 90_000,
      random: 0.5,
    }),
  ).toBe(90_000)
})

test('reads on the wall clock’s ticks, as the pages poll', () => {
  const tick = Date.parse('2026-12-03T08:00:05Z')

  expect(untilClockTick(5_000, tick)).toBe(5_000)
  expect(untilClockTick(5_000, tick + 1_200)).toBe(3_800)
  expect(untilClockTick(5_000, tick + 4_990)).toBe(5_010)
})

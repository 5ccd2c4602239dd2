import { expect, test } from 'vitest'

import { ApiError } from './errors.ts'
import { retryDelayMs } from './retry-delay.ts'

const serverError = new ApiError({ kind: 'http', status: 502, message: 'x' })

test('doubles the wait with each failure, between half and all of it', () => {
  const lowest = [0, 1, 2, 3].map((n) => retryDelayMs(n, serverError, () => 0))
  const highest = [0, 1, 2, 3].map((n) =>
    retryDelayMs(n, serverError, () => 0.999_999),
  )

  expect(lowest).toEqual([500, 1000, 2000, 4000])
  expect(highest).toEqual([1000, 2000, 4000, 8000])
})

test('never waits longer than 30 seconds between attempts', () => {
  expect(retryDelayMs(20, serverError, () => 0.999_999)).toBe(30_000)
})

test('spreads dashboards that failed together over the window', () => {
  const waits = [0.1, 0.4, 0.7].map((r) =>
    retryDelayMs(1, serverError, () => r),
  )

  expect(new Set(waits).size).toBe(3)
})

test('waits as long as Retry-After asked, whatever the failure count', () => {
  const limited = new ApiError({
    kind: 'rate-limited',
    status: 429,
    message: 'x',
    retryAfterMs: 7_000,
  })

  expect(retryDelayMs(0, limited, () => 0)).toBe(7_000)
  expect(retryDelayMs(3, limited, () => 0)).toBe(7_000)
})

test('does not let a Retry-After of zero turn into a tight loop', () => {
  const eager = new ApiError({
    kind: 'rate-limited',
    status: 429,
    message: 'x',
    retryAfterMs: 0,
  })

  expect(retryDelayMs(0, eager)).toBe(1_000)
})

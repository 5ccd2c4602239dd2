import { expect, test } from 'vitest'

import { ApiError, type ApiErrorDetails, shouldRetry } from './errors.ts'

function apiError(details: Partial<ApiErrorDetails>) {
  return new ApiError({ kind: 'http', message: 'x', ...details })
}

test.each([500, 502, 503, 504])(
  'retries an upstream %i twice, then gives up',
  (status) => {
    const error = apiError({ status })

    expect([0, 1, 2].map((n) => shouldRetry(n, error))).toEqual([
      true,
      true,
      false,
    ])
  },
)

test('retries timeouts and lost connections', () => {
  expect(shouldRetry(0, apiError({ kind: 'timeout', status: 504 }))).toBe(true)
  expect(shouldRetry(0, apiError({ kind: 'network' }))).toBe(true)
})

test.each([400, 401, 403, 404, 409, 429, 501])(
  'does not retry a %i, which asking again cannot fix',
  (status) => {
    expect(shouldRetry(0, apiError({ status }))).toBe(false)
  },
)

test('does not retry an unreadable answer or a non-API error', () => {
  const unreadable = apiError({ kind: 'invalid-response', status: 200 })

  expect(shouldRetry(0, unreadable)).toBe(false)
  expect(shouldRetry(0, new TypeError('boom'))).toBe(false)
})

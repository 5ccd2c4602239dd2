import { expect, test } from 'vitest'

import { adviceFor, DEFAULT_RATE_LIMIT_WAIT_MS } from './error-advice.ts'
import { ApiError, type ApiErrorDetails } from './errors.ts'

function apiError(details: Partial<ApiErrorDetails>) {
  return new ApiError({ kind: 'http', message: 'upstream words', ...details })
}

test('says a 401 from xPnA means the key was rejected, and what to check', () => {
  const advice = adviceFor(apiError({ status: 401 }))

  expect(advice.summary).toBe("xPnA rejected the dashboard's API key.")
  expect(advice.hint).toContain('XPNA_API_KEY on the dashboard server')
  expect(advice.hint).toContain('revoked, or issued for another workspace')
  expect(advice.autoRetryMs).toBeNull()
})

test('treats a 403 from xPnA as a key problem too, never retrying by itself', () => {
  const advice = adviceFor(apiError({ status: 403 }))

  expect(advice.summary).toContain("refused the dashboard's API key")
  expect(advice.autoRetryMs).toBeNull()
})

test('does not blame the key for a 401 or 403 from the dashboard server itself', () => {
  const refused = apiError({
    status: 403,
    isFromProxy: true,
    message: 'Syncs can only be started from the dashboard itself.',
  })

  expect(adviceFor(refused).summary).toBe(
    'Syncs can only be started from the dashboard itself.',
  )
})

test('waits as long as Retry-After asked before trying a 429 again', () => {
  const advice = adviceFor(
    apiError({ kind: 'rate-limited', status: 429, retryAfterMs: 2000 }),
  )

  expect(advice.summary).toBe(
    'xPnA is limiting how often the dashboard may ask.',
  )
  expect(advice.autoRetryMs).toBe(2000)
})

test('waits a default time when a 429 names no wait, and never less than a second', () => {
  const unnamed = apiError({ kind: 'rate-limited', status: 429 })
  const zero = apiError({ kind: 'rate-limited', status: 429, retryAfterMs: 0 })

  expect(adviceFor(unnamed).autoRetryMs).toBe(DEFAULT_RATE_LIMIT_WAIT_MS)
  expect(adviceFor(zero).autoRetryMs).toBe(1000)
})

test('names the HTTP status of an xPnA failure and says it was already retried', () => {
  const advice = adviceFor(apiError({ status: 500 }))

  expect(advice.summary).toBe('xPnA failed to answer (HTTP 500).')
  expect(advice.hint).toContain('already tried again')
})

test("keeps the dashboard server's own words for a timeout", () => {
  const advice = adviceFor(
    apiError({
      kind: 'timeout',
      status: 504,
      isFromProxy: true,
      message: 'xPnA did not answer within 2 seconds.',
    }),
  )

  expect(advice.summary).toBe('xPnA did not answer within 2 seconds.')
})

test('says which endpoint gave an unreadable answer', () => {
  const advice = adviceFor(
    apiError({
      kind: 'invalid-response',
      status: 200,
      endpoint: 'GET /connections',
      issues: ['data[0].entityName: expected string'],
    }),
  )

  expect(advice.summary).toBe(
    "xPnA's answer to GET /connections could not be read.",
  )
  expect(advice.hint).toBe('The field below did not match what xPnA documents.')
})

test('falls back to the message of any other error', () => {
  expect(adviceFor(new TypeError('boom')).summary).toBe('boom')
  expect(adviceFor('thrown text').summary).toBe(
    'Something unexpected went wrong.',
  )
})

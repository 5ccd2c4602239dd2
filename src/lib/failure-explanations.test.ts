import { expect, test } from 'vitest'

import { explainFailure } from './failure-explanations.ts'

test('explains an expired authorisation at the source system', () => {
  const explanation = explainFailure(
    'Xero authorisation expired: reconnect the Xero organisation in xPnA.',
  )

  expect(explanation?.nextStep).toMatch(/^Reconnect the source system in xPnA/)
})

test('explains a locked accounting period', () => {
  const explanation = explainFailure(
    'Period November 2026 is locked in xPnA; unlock the period.',
  )

  expect(explanation?.owner).toBe(
    'The close lead or controller who locks periods.',
  )
})

test('explains a source rate limit', () => {
  expect(
    explainFailure('QuickBooks rate limit reached (429)')?.summary,
  ).toMatch(/too many were made/)
})

test('explains balances that do not eliminate', () => {
  expect(
    explainFailure(
      '3 intercompany balances do not eliminate (AUD 1,240.00 difference).',
    )?.summary,
  ).toMatch(/consistency check failed/)
})

test('offers nothing for a message it does not recognise', () => {
  expect(explainFailure('Unexpected error 0x80004005')).toBeNull()
  expect(explainFailure(null)).toBeNull()
})

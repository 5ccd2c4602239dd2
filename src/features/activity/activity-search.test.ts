import { expect, test } from 'vitest'

import {
  defaultSince,
  parseActivitySearch,
  statusesFor,
} from './activity-search.ts'

test('keeps valid search params and drops broken ones', () => {
  expect(
    parseActivitySearch({
      since: '2026-12-02T18:00:00.000Z',
      status: 'problems',
      entityId: 'abc',
    }),
  ).toEqual({
    since: '2026-12-02T18:00:00.000Z',
    status: 'problems',
    entityId: 'abc',
  })
  expect(
    parseActivitySearch({
      since: 'last tuesday',
      status: 'weird',
      entityId: '../x',
    }),
  ).toEqual({})
})

test('starts at 18:00 the day before, in local time', () => {
  const since = defaultSince(new Date(2026, 11, 3, 8, 30))

  expect(since).toEqual(new Date(2026, 11, 2, 18, 0, 0, 0))
})

test('maps "problems" to every failing status word', () => {
  expect(statusesFor('problems')).toEqual([
    'failed',
    'error',
    'cancelled',
    'completed_with_errors',
  ])
  expect(statusesFor(undefined)).toBeUndefined()
})

import { expect, test } from 'vitest'

import { syncStartCaution } from './sync-guard.ts'

const now = new Date('2026-12-04T08:00:00Z')
const minutesFromNow = (minutes: number) =>
  new Date(now.getTime() + minutes * 60_000)
const connection = {
  isActive: true,
  hasError: false,
  lastSyncAt: minutesFromNow(-40),
  lastSyncStatus: 'completed',
  nextScheduledSyncAt: minutesFromNow(20),
}

test('lets a sync start without a question when nothing is in the way', () => {
  expect(syncStartCaution(connection, now)).toBeNull()
})

test('mentions a clean sync that ended minutes ago', () => {
  const recent = { ...connection, lastSyncAt: minutesFromNow(-3) }

  expect(syncStartCaution(recent, now)).toBe(
    'It last synced 3 minutes ago, successfully.',
  )
})

test('mentions a scheduled sync that is about to start', () => {
  const soon = { ...connection, nextScheduledSyncAt: minutesFromNow(4) }

  expect(syncStartCaution(soon, now)).toBe(
    'A scheduled sync starts in 4 minutes.',
  )
})

test('never stands in the way of retrying a failure', () => {
  const failed = {
    ...connection,
    lastSyncAt: minutesFromNow(-2),
    lastSyncStatus: 'failed',
    hasError: true,
  }

  expect(syncStartCaution(failed, now)).toBeNull()
})

test('ignores a schedule that is already late or belongs to an inactive connection', () => {
  expect(
    syncStartCaution(
      { ...connection, nextScheduledSyncAt: minutesFromNow(-30) },
      now,
    ),
  ).toBeNull()
  expect(
    syncStartCaution(
      {
        ...connection,
        isActive: false,
        nextScheduledSyncAt: minutesFromNow(4),
      },
      now,
    ),
  ).toBeNull()
})

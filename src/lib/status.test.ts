import { expect, test } from 'vitest'

import {
  connectionHealth,
  isSyncFinished,
  statusLabel,
  statusTone,
  stepView,
} from './status.ts'

const quiet = {
  hasError: false,
  isActive: true,
  isCurrentlySyncing: false,
  lastSyncStatus: 'completed',
  nextScheduledSyncAt: null,
}
const now = new Date('2026-12-04T08:00:00Z')
const minutesFromNow = (minutes: number) =>
  new Date(now.getTime() + minutes * 60_000)

test('names each documented and expected status in plain words', () => {
  expect(statusLabel('completed')).toBe('Completed')
  expect(statusLabel('completed_with_errors')).toBe('Completed with errors')
  expect(statusLabel('RUNNING')).toBe('Running')
})

test('shows an unknown status verbatim in the neutral tone', () => {
  expect(statusLabel('reconciling')).toBe('reconciling')
  expect(statusTone('reconciling')).toBe('neutral')
})

test('gives failures the danger tone and success the success tone', () => {
  expect(statusTone('failed')).toBe('danger')
  expect(statusTone('completed')).toBe('success')
  expect(statusTone('running')).toBe('running')
  expect(statusTone('cancelled')).toBe('warning')
})

test('classifies a connection as healthy, error, inactive or syncing', () => {
  expect(connectionHealth(quiet, now)).toBe('healthy')
  expect(connectionHealth({ ...quiet, hasError: true }, now)).toBe('error')
  expect(connectionHealth({ ...quiet, lastSyncStatus: 'failed' }, now)).toBe(
    'error',
  )
  expect(connectionHealth({ ...quiet, isActive: false }, now)).toBe('inactive')
  expect(connectionHealth({ ...quiet, lastSyncStatus: null }, now)).toBe(
    'healthy',
  )
})

test('shows a running sync as syncing even when the last one failed', () => {
  expect(
    connectionHealth(
      { ...quiet, hasError: true, isCurrentlySyncing: true },
      now,
    ),
  ).toBe('syncing')
})

const dueAt = (minutes: number) => ({
  ...quiet,
  nextScheduledSyncAt: minutesFromNow(minutes),
})

test('calls a connection overdue once its scheduled sync is five minutes late', () => {
  expect(connectionHealth(dueAt(12), now)).toBe('healthy')
  expect(connectionHealth(dueAt(-4), now)).toBe('healthy')
  expect(connectionHealth(dueAt(-6), now)).toBe('overdue')
})

test('an overdue schedule never hides a failure, a running sync or inactivity', () => {
  const late = { ...quiet, nextScheduledSyncAt: minutesFromNow(-180) }

  expect(connectionHealth({ ...late, hasError: true }, now)).toBe('error')
  expect(connectionHealth({ ...late, isCurrentlySyncing: true }, now)).toBe(
    'syncing',
  )
  expect(connectionHealth({ ...late, isActive: false }, now)).toBe('inactive')
})

test('treats completedAt as the end of a sync whatever its status', () => {
  const completedAt = new Date()

  expect(isSyncFinished({ status: 'reconciling', completedAt })).toBe(true)
  expect(isSyncFinished({ status: 'reconciling', completedAt: null })).toBe(
    false,
  )
  expect(isSyncFinished({ status: 'failed', completedAt: null })).toBe(true)
})

test('reads a step left running after its sync ended as unknown', () => {
  expect(stepView('running', true)).toEqual({
    label: 'Unknown',
    tone: 'neutral',
    note: 'The sync has ended but xPnA still reports this step as "running".',
  })
})

test('reads a step left queued after its sync ended as not run', () => {
  expect(stepView('queued', true).label).toBe('Not run')
  expect(stepView('queued', false).label).toBe('Queued')
  expect(stepView('failed', true).label).toBe('Failed')
})

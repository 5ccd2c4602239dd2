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
}

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
  expect(connectionHealth(quiet)).toBe('healthy')
  expect(connectionHealth({ ...quiet, hasError: true })).toBe('error')
  expect(connectionHealth({ ...quiet, lastSyncStatus: 'failed' })).toBe('error')
  expect(connectionHealth({ ...quiet, isActive: false })).toBe('inactive')
  expect(connectionHealth({ ...quiet, lastSyncStatus: null })).toBe('healthy')
})

test('shows a running sync as syncing even when the last one failed', () => {
  expect(
    connectionHealth({ ...quiet, hasError: true, isCurrentlySyncing: true }),
  ).toBe('syncing')
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

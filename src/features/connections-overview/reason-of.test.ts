import { expect, test } from 'vitest'

import type { SyncStatus } from '../../api/syncs.ts'
import { reasonOf } from './reason-of.ts'

function sync(overrides: Partial<SyncStatus>): SyncStatus {
  return {
    syncId: 's1',
    status: 'failed',
    message: 'Sync failed.',
    startedAt: null,
    completedAt: null,
    steps: [],
    ...overrides,
  }
}

function step(name: string, status: string, message: string | null) {
  return {
    name,
    status,
    message,
    count: null,
    startedAt: null,
    completedAt: null,
  }
}

test('names the failed step and quotes its message', () => {
  const failed = sync({
    steps: [
      step('Extract', 'completed', 'Extract completed.'),
      step('Load', 'failed', 'Period November 2026 is locked'),
    ],
  })

  expect(reasonOf(failed)).toBe('Load failed: Period November 2026 is locked')
})

test('names a step that reported errors when none failed', () => {
  const warned = sync({
    status: 'completed_with_errors',
    steps: [step('Validate', 'completed_with_errors', '3 balances differ')],
  })

  expect(reasonOf(warned)).toBe('Validate reported errors: 3 balances differ')
})

test('falls back to the sync message, then to its status word', () => {
  expect(reasonOf(sync({}))).toBe('Sync failed.')
  expect(reasonOf(sync({ status: 'aborted', message: null }))).toBe(
    'Ended as "aborted" without a message',
  )
})

import { expect, test } from 'vitest'

import type { SyncStatus, SyncStep } from '../../api/syncs.ts'
import { summariseProgress } from './progress.ts'

const t0 = new Date('2026-12-03T08:00:00Z')

function step(name: string, status: string, isDone: boolean): SyncStep {
  return {
    name,
    status,
    message: null,
    count: 0,
    startedAt: status === 'queued' ? null : t0,
    completedAt: isDone ? t0 : null,
  }
}

function sync(status: string, steps: SyncStep[]): SyncStatus {
  return {
    syncId: 's1',
    status,
    message: null,
    startedAt: t0,
    completedAt: null,
    steps,
  }
}

test('counts finished steps out of all steps', () => {
  const progress = summariseProgress(
    sync('running', [
      step('Extract', 'completed', true),
      step('Transform', 'completed', true),
      step('Load', 'running', false),
      step('Validate', 'queued', false),
    ]),
  )

  expect(progress.headline).toBe('2 of 4 steps done')
})

test('names the step a failed sync stopped at', () => {
  const progress = summariseProgress(
    sync('failed', [
      step('Extract', 'completed', true),
      step('Load', 'failed', true),
    ]),
  )

  expect(progress.headline).toBe('Failed at Load')
  expect(progress.failedStepName).toBe('Load')
})

test('falls back to the status while no steps are reported', () => {
  expect(summariseProgress(sync('queued', [])).headline).toBe('Queued')
})

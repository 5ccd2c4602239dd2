// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'

import type { SyncStatus } from '../../api/syncs.ts'
import { SyncHeader } from './sync-header.tsx'

afterEach(cleanup)

const startedAt = new Date('2026-12-03T08:00:00Z')
const connection = { entityName: 'Acme Holdings', sourceSystem: 'QuickBooks' }

function sync(overrides: Partial<SyncStatus>): SyncStatus {
  return {
    syncId: 'c6e0c9b4d6f2478e9c2b2a221c0f6d2f',
    status: 'running',
    message: 'Sync in progress.',
    startedAt,
    completedAt: null,
    steps: [
      {
        name: 'Extract',
        status: 'completed',
        message: null,
        count: 12,
        startedAt,
        completedAt: new Date('2026-12-03T08:00:08Z'),
      },
      {
        name: 'Load',
        status: 'running',
        message: null,
        count: 8,
        startedAt: new Date('2026-12-03T08:00:09Z'),
        completedAt: null,
      },
    ],
    ...overrides,
  }
}

function fact(label: string) {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling
    ?.textContent
}

test('a running sync shows its entity, source, progress and elapsed time', () => {
  render(
    <SyncHeader
      sync={sync({})}
      connection={connection}
      now={new Date('2026-12-03T08:03:05Z')}
      action={null}
    />,
  )

  expect(screen.getByRole('heading').textContent).toBe('Acme Holdings sync')
  expect(screen.getByText(/^QuickBooks ·/)).toBeDefined()
  expect(fact('Progress')).toBe('1 of 2 steps done')
  expect(fact('Elapsed')).toBe('3 m 05 s')
  expect(screen.getByText(/^Live: /).textContent).toBe(
    'Live: 1 of 2 steps done. Updates on its own.',
  )
})

test('a finished sync shows its total duration and stops saying live', () => {
  render(
    <SyncHeader
      sync={sync({
        status: 'completed',
        message: 'Sync completed.',
        completedAt: new Date('2026-12-03T08:00:42Z'),
      })}
      connection={connection}
      now={new Date('2026-12-03T09:00:00Z')}
      action={null}
    />,
  )

  expect(fact('Duration')).toBe('42 s')
  expect(screen.queryByText(/^Live: /)).toBeNull()
  expect(screen.getByText('Sync completed. No longer updating.')).toBeDefined()
})

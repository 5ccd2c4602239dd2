// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'

import type { SyncStep } from '../api/syncs.ts'
import { SyncStepList } from './sync-step-list.tsx'

afterEach(cleanup)

const now = new Date('2026-12-03T08:00:30Z')

function step(overrides: Partial<SyncStep>): SyncStep {
  return {
    name: 'Extract',
    status: 'completed',
    message: null,
    count: null,
    startedAt: null,
    completedAt: null,
    ...overrides,
  }
}

test('shows each step with its status, count, duration and message', () => {
  render(
    <SyncStepList
      now={now}
      isSyncOver={false}
      axis={null}
      steps={[
        step({
          count: 12480,
          message: 'Extracted 12,480 journal lines.',
          startedAt: new Date('2026-12-03T08:00:00Z'),
          completedAt: new Date('2026-12-03T08:00:08Z'),
        }),
        step({
          name: 'Load',
          status: 'running',
          count: 300,
          startedAt: new Date('2026-12-03T08:00:18Z'),
        }),
        step({ name: 'Validate', status: 'queued' }),
      ]}
    />,
  )

  const items = within(
    screen.getByRole('list', { name: 'Sync steps' }),
  ).getAllByRole('listitem')
  expect(items.map((item) => item.textContent)).toEqual([
    'ExtractCompletedCount 12,480Took 8.0 sExtracted 12,480 journal lines.',
    'LoadRunningCount 300Took 12 s',
    'ValidateQueuedCount —Took not started',
  ])
})

test('shows an unknown step status as upstream wrote it', () => {
  render(
    <SyncStepList
      now={now}
      isSyncOver={false}
      axis={null}
      steps={[step({ status: 'reconciling' })]}
    />,
  )

  expect(screen.getByRole('listitem').textContent).toBe(
    'ExtractreconcilingCount —Took not started',
  )
})

test('says so when upstream has reported no steps yet', () => {
  render(<SyncStepList now={now} isSyncOver={false} axis={null} steps={[]} />)

  expect(screen.getByText(/has not reported any steps/).textContent).toBe(
    'xPnA has not reported any steps for this sync yet.',
  )
  expect(screen.queryByRole('list')).toBeNull()
})

test('reads steps left behind by an ended sync as unknown or not run', () => {
  render(
    <SyncStepList
      now={now}
      isSyncOver
      axis={null}
      steps={[
        step({ name: 'Load', status: 'running', startedAt: now }),
        step({ name: 'Validate', status: 'queued' }),
      ]}
    />,
  )

  const items = screen.getAllByRole('listitem')
  expect(items[0]?.textContent).toContain('Unknown')
  expect(items[1]?.textContent).toContain('Not run')
})

test('adds a plain-language explanation beside a known failure', () => {
  render(
    <SyncStepList
      now={now}
      isSyncOver
      axis={null}
      steps={[
        step({
          status: 'failed',
          message:
            'Xero authorisation expired: reconnect the Xero organisation.',
        }),
      ]}
    />,
  )

  const item = screen.getByRole('listitem')
  expect(item.textContent).toContain('Xero authorisation expired')
  expect(item.textContent).toContain(
    'Next stepReconnect the source system in xPnA',
  )
})

test('brings the first failed step into view and shows its message in full', () => {
  const scrolled: string[] = []
  vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (
    this: Element,
  ) {
    scrolled.push(this.textContent ?? '')
  })
  const longMessage = `Load rejected: ${'account 4999 is not mapped; '.repeat(15)}`

  render(
    <SyncStepList
      now={now}
      isSyncOver
      axis={null}
      steps={[
        step({ message: 'x'.repeat(400) }),
        step({ name: 'Load', status: 'failed', message: longMessage }),
        step({ name: 'Validate', status: 'failed', message: 'Also failed.' }),
      ]}
    />,
  )

  expect(scrolled).toHaveLength(1)
  expect(scrolled[0]).toMatch(/^LoadFailed/)
  const [extract, load] = screen.getAllByRole('listitem')
  expect(load?.textContent).toContain(longMessage.trim())
  expect(
    within(load as HTMLElement)
      .getByRole('button')
      .getAttribute('aria-expanded'),
  ).toBe('true')
  expect(extract?.textContent).not.toContain('x'.repeat(400))
  expect(within(extract as HTMLElement).getByRole('button').textContent).toBe(
    'Show more',
  )
})

function at(seconds: number) {
  return new Date(Date.parse('2026-12-03T08:00:00Z') + seconds * 1000)
}

test('places each step’s bar on the shared time axis', () => {
  const { container } = render(
    <SyncStepList
      now={at(100)}
      isSyncOver
      axis={{ start: at(0), end: at(100) }}
      steps={[
        step({ startedAt: at(0), completedAt: at(40) }),
        step({ name: 'Load', startedAt: at(60), completedAt: at(100) }),
      ]}
    />,
  )

  const bars = [...container.querySelectorAll<HTMLElement>('[style]')]
  expect(bars.map((bar) => [bar.style.left, bar.style.width])).toEqual([
    ['0%', '40%'],
    ['60%', '40%'],
  ])
})

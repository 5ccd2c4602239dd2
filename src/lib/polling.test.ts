import { expect, test } from 'vitest'

import {
  BACKGROUND_POLL_MS,
  connectionsPollIntervalMs,
  syncPollIntervalMs,
  untilClockTick,
  watchedSyncPollMs,
} from './polling.ts'

const startedAt = new Date('2026-12-03T08:00:00Z')

function at(secondsAfterStart: number) {
  return new Date(startedAt.getTime() + secondsAfterStart * 1000)
}

function running(status = 'running') {
  return { status, startedAt, completedAt: null }
}

test('polls every second just after a sync starts', () => {
  expect(syncPollIntervalMs({ sync: running('queued'), now: at(1) })).toBe(1000)
  expect(syncPollIntervalMs({ sync: running(), now: at(10) })).toBe(1000)
})

test('slows down as a sync runs on, to at most five seconds', () => {
  expect(syncPollIntervalMs({ sync: running(), now: at(30) })).toBe(2000)
  expect(syncPollIntervalMs({ sync: running(), now: at(600) })).toBe(5000)
})

test('stops polling once completedAt is set, whatever the status word', () => {
  const sync = { status: 'reconciling', startedAt, completedAt: at(20) }

  expect(syncPollIntervalMs({ sync, now: at(21) })).toBe(false)
})

test('stops polling at a terminal status even without completedAt', () => {
  for (const status of [
    'completed',
    'failed',
    'cancelled',
    'completed_with_errors',
  ]) {
    expect(syncPollIntervalMs({ sync: running(status), now: at(5) })).toBe(
      false,
    )
  }
})

test('keeps polling an unknown status word, at the slow pace', () => {
  expect(syncPollIntervalMs({ sync: running('reconciling'), now: at(5) })).toBe(
    5000,
  )
})

test('waits at least as long as Retry-After asks', () => {
  expect(
    syncPollIntervalMs({ sync: running(), now: at(5), retryAfterMs: 7000 }),
  ).toBe(7000)
})

test('polls quickly while the first answer is still missing', () => {
  expect(syncPollIntervalMs({ sync: undefined, now: at(0) })).toBe(1000)
})

test('refreshes the list often while something syncs and rarely otherwise', () => {
  const quiet = [{ isCurrentlySyncing: false }]
  const busy = [{ isCurrentlySyncing: false }, { isCurrentlySyncing: true }]

  const now = at(60)

  expect(connectionsPollIntervalMs({ connections: busy, now })).toBe(5000)
  expect(connectionsPollIntervalMs({ connections: quiet, now })).toBe(60000)
  expect(
    connectionsPollIntervalMs({ connections: busy, retryAfterMs: 30000, now }),
  ).toBe(30000)
})

test('stops watching an unknown status after thirty minutes', () => {
  const watchStartedAt = at(0)
  const sync = running('reconciling')

  expect(syncPollIntervalMs({ sync, now: at(29 * 60), watchStartedAt })).toBe(
    5000,
  )
  expect(syncPollIntervalMs({ sync, now: at(31 * 60), watchStartedAt })).toBe(
    false,
  )
})

test('watches a documented running status for as long as it runs', () => {
  const sync = running('running')

  expect(
    syncPollIntervalMs({ sync, now: at(3 * 3600), watchStartedAt: at(0) }),
  ).toBe(5000)
})

test('a hidden tab follows a watched sync slowly, and only to notify', () => {
  const hidden = { isHidden: true, canNotify: true }

  expect(watchedSyncPollMs(1000, hidden)).toBe(BACKGROUND_POLL_MS)
  expect(watchedSyncPollMs(60_000, hidden)).toBe(60_000)
  expect(watchedSyncPollMs(1000, { ...hidden, canNotify: false })).toBe(false)
  expect(watchedSyncPollMs(false, hidden)).toBe(false)
  expect(watchedSyncPollMs(2000, { isHidden: false, canNotify: true })).toBe(
    2000,
  )
})

test('asks on the wall clock’s whole seconds, so viewers of one sync ask together', () => {
  const second = Date.parse('2026-12-03T08:00:07Z')

  expect(untilClockTick(1000, second)).toBe(1000)
  expect(untilClockTick(1000, second + 40)).toBe(960)
  expect(untilClockTick(5000, second)).toBe(3000)
  expect(
    syncPollIntervalMs({
      sync: running(),
      now: new Date(at(30).getTime() + 700),
    }),
  ).toBe(1300)
})

test('counts the next tick from the last answer, so a late render never skips one', () => {
  const tick = Date.parse('2026-12-03T08:00:05Z')

  // Answered on the tick; asked again just after, or just before the next.
  expect(untilClockTick(1000, tick + 10, tick + 3)).toBe(990)
  expect(untilClockTick(1000, tick + 985, tick + 3)).toBe(15)
  // The next tick passed with no request: ask at once.
  expect(untilClockTick(1000, tick + 1_002, tick + 3)).toBe(1)
  // No answer for longer than a pace: the next tick from now.
  expect(untilClockTick(1000, tick + 2_400, tick - 5_000)).toBe(600)
})

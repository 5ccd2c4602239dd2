import { expect, test } from 'vitest'

import {
  formatCount,
  formatDuration,
  formatRelative,
  formatScheduled,
} from './time.ts'

const now = new Date('2026-12-03T08:00:00Z')

function minutesFromNow(minutes: number) {
  return new Date(now.getTime() + minutes * 60_000)
}

test('says how long ago or how soon, in words', () => {
  expect(formatRelative(minutesFromNow(-5), now)).toBe('5 minutes ago')
  expect(formatRelative(minutesFromNow(12), now)).toBe('in 12 minutes')
  expect(formatRelative(minutesFromNow(-180), now)).toBe('3 hours ago')
})

test('says just now for the last few seconds either way', () => {
  expect(formatRelative(new Date(now.getTime() - 4_000), now)).toBe('just now')
  expect(formatRelative(new Date(now.getTime() + 4_000), now)).toBe('just now')
})

test('writes durations compactly at every scale', () => {
  expect(formatDuration(850)).toBe('850 ms')
  expect(formatDuration(4_250)).toBe('4.2 s')
  expect(formatDuration(38_900)).toBe('38 s')
  expect(formatDuration(185_000)).toBe('3 m 05 s')
  expect(formatDuration(3_720_000)).toBe('1 h 02 m')
})

test('reads a negative duration from clock skew as zero', () => {
  expect(formatDuration(-1200)).toBe('0 ms')
})

test('groups thousands in counts', () => {
  expect(formatCount(12480)).toBe('12,480')
})

test('says when a scheduled sync runs in a few characters', () => {
  expect(formatScheduled(minutesFromNow(12), now, { isOverdue: false })).toBe(
    'in 12 min',
  )
  expect(formatScheduled(minutesFromNow(-3), now, { isOverdue: false })).toBe(
    'due 3 min ago',
  )
  expect(formatScheduled(minutesFromNow(-190), now, { isOverdue: true })).toBe(
    'overdue by 3 h',
  )
  expect(
    formatScheduled(minutesFromNow(-3 * 24 * 60), now, { isOverdue: true }),
  ).toBe('overdue by 3 d')
})

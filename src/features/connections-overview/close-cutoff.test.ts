import { expect, test } from 'vitest'

import {
  cutoffAt,
  cutoffDay,
  DEFAULT_CUTOFF_TIME,
  readCutoffTime,
  saveCutoffTime,
} from './close-cutoff.ts'

function memoryStorage() {
  const items = new Map<string, string>()
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  }
}

test('means this morning once the time has passed, yesterday morning before', () => {
  const afternoon = new Date(2026, 11, 4, 14, 30)
  const dawn = new Date(2026, 11, 4, 5, 0)

  expect(cutoffAt('07:00', afternoon)).toEqual(new Date(2026, 11, 4, 7, 0))
  expect(cutoffDay(cutoffAt('07:00', afternoon), afternoon)).toBe('today')
  expect(cutoffAt('07:00', dawn)).toEqual(new Date(2026, 11, 3, 7, 0))
  expect(cutoffDay(cutoffAt('07:00', dawn), dawn)).toBe('yesterday')
})

test('remembers a chosen time and ignores a broken one', () => {
  const storage = memoryStorage()

  expect(readCutoffTime(storage)).toBe(DEFAULT_CUTOFF_TIME)

  saveCutoffTime(storage, '06:30')
  saveCutoffTime(storage, '25:99')

  expect(readCutoffTime(storage)).toBe('06:30')
})

test('falls back to the default when storage is switched off', () => {
  const blocked = {
    getItem: () => {
      throw new Error('SecurityError')
    },
    setItem: () => {
      throw new Error('SecurityError')
    },
  }

  expect(() => saveCutoffTime(blocked, '06:30')).not.toThrow()
  expect(readCutoffTime(blocked)).toBe(DEFAULT_CUTOFF_TIME)
})

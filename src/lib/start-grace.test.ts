// @vitest-environment happy-dom
import { expect, test } from 'vitest'

import { START_GRACE_MS, createStartGrace } from './start-grace.ts'

const T0 = Date.parse('2026-12-03T09:00:00Z')

test('treats a sync as starting for the grace after it was started', () => {
  const grace = createStartGrace(window.sessionStorage)

  grace.noteStarted('a1', T0)

  expect(grace.isWithin('a1', T0 + 1_000)).toBe(true)
  expect(grace.isWithin('a1', T0 + START_GRACE_MS)).toBe(false)
  expect(grace.isWithin('b2', T0 + 1_000)).toBe(false)
})

test('keeps the grace across a reload of the page', () => {
  createStartGrace(window.sessionStorage).noteStarted('c3', T0)

  const afterReload = createStartGrace(window.sessionStorage)

  expect(afterReload.isWithin('c3', T0 + 2_000)).toBe(true)
})

test('forgets starts past the grace when it notes a new one', () => {
  const grace = createStartGrace(window.sessionStorage)
  grace.noteStarted('old', T0)

  grace.noteStarted('new', T0 + START_GRACE_MS + 1)

  const kept = window.sessionStorage.getItem('xpna.started-syncs') ?? ''
  expect(Object.keys(JSON.parse(kept) as object)).toEqual(['new'])
})

test('an unreadable or missing storage means no grace, not a crash', () => {
  const grace = createStartGrace(window.sessionStorage)
  grace.noteStarted('d4', T0)
  window.sessionStorage.setItem('xpna.started-syncs', '{not json')

  expect(grace.isWithin('d4', T0 + 1_000)).toBe(false)
  expect(createStartGrace(undefined).isWithin('d4', T0)).toBe(false)
})

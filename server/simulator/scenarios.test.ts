import { expect, test } from 'vitest'

import { createScenarioSwitch, parseScenario } from './scenarios.ts'

test('reads a scenario limited to routes and a number of times', () => {
  const parsed = parseScenario({
    name: 'rate-limited',
    routes: ['start'],
    times: 2,
  })

  expect(parsed).toEqual({
    ok: true,
    scenario: {
      name: 'rate-limited',
      routes: ['start'],
      remaining: 2,
      delayMs: 3000,
    },
  })
})

test('applies a scenario to every route until reset when unlimited', () => {
  const parsed = parseScenario({ name: 'server-error' })

  expect(parsed).toMatchObject({
    ok: true,
    scenario: { routes: ['list', 'start', 'status'], remaining: null },
  })
})

test('reads normal as no scenario at all', () => {
  expect(parseScenario({ name: 'normal' })).toEqual({
    ok: true,
    scenario: null,
  })
})

test.each([
  [{ name: 'explode' }, /name must be one of: normal, fails-at-load/],
  [{}, /name must be one of/],
  [{ name: 'hang', routes: ['delete'] }, /routes must be a non-empty list/],
  [{ name: 'hang', routes: [] }, /routes must be a non-empty list/],
  [{ name: 'hang', times: 0 }, /times must be a whole number/],
  [{ name: 'slow', delayMs: -1 }, /delayMs must be/],
  [{ name: 'fails-at-load', routes: ['list'] }, /needs the start route/],
])('refuses %j with a message saying what is wrong', (input, message) => {
  const parsed = parseScenario(input)

  expect(parsed.ok).toBe(false)
  expect(parsed.ok ? '' : parsed.message).toMatch(message)
})

test('uses up a limited scenario, then behaves normally again', () => {
  const scenarios = createScenarioSwitch()
  const parsed = parseScenario({
    name: 'unauthorized',
    routes: ['list'],
    times: 2,
  })
  scenarios.set(parsed.ok ? parsed.scenario : null)

  const taken = [
    scenarios.take('status'),
    scenarios.take('list'),
    scenarios.take('list'),
    scenarios.take('list'),
  ]

  expect(taken.map((s) => s?.name ?? null)).toEqual([
    null,
    'unauthorized',
    'unauthorized',
    null,
  ])
  expect(scenarios.current()).toBeNull()
})

test('registers-late only ever touches status reads', () => {
  const parsed = parseScenario({ name: 'registers-late', times: 3 })

  expect(parsed).toMatchObject({
    ok: true,
    scenario: { routes: ['status'], remaining: 3 },
  })
})

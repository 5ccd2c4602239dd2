export const SCENARIO_NAMES = [
  'normal',
  'fails-at-load',
  'unauthorized',
  'forbidden',
  'rate-limited',
  'server-error',
  'bad-gateway-html',
  'malformed-json',
  'slow',
  'hang',
  'odd-status',
  'registers-late',
  'started-elsewhere',
] as const

export type ScenarioName = (typeof SCENARIO_NAMES)[number]

export const SIM_ROUTES = ['list', 'start', 'status'] as const

export type SimRoute = (typeof SIM_ROUTES)[number]

export interface Scenario {
  name: Exclude<ScenarioName, 'normal'>
  routes: SimRoute[]
  /** How many more matching requests it affects; null: until reset. */
  remaining: number | null
  /** For `slow`, how long each answer waits; for `registers-late`, how
   * long a new sync stays unknown. */
  delayMs: number
}

export const DEFAULT_SLOW_DELAY_MS = 3000

export type ParsedScenario =
  { ok: true; scenario: Scenario | null } | { ok: false; message: string }

/** Reads `{ name, routes?, times?, delayMs? }`; `normal` means no scenario. */
export function parseScenario(input: unknown): ParsedScenario {
  const body = (typeof input === 'object' && input) || {}
  const { name, routes, times, delayMs } = body as Record<string, unknown>

  if (!SCENARIO_NAMES.includes(name as ScenarioName)) {
    return {
      ok: false,
      message: `name must be one of: ${SCENARIO_NAMES.join(', ')}.`,
    }
  }
  if (name === 'normal') return { ok: true, scenario: null }
  const isRouteList =
    Array.isArray(routes) &&
    routes.length > 0 &&
    routes.every((route) => SIM_ROUTES.includes(route as SimRoute))
  if (routes !== undefined && !isRouteList) {
    return {
      ok: false,
      message: `routes must be a non-empty list of: ${SIM_ROUTES.join(', ')}.`,
    }
  }
  if (times !== undefined && !isWholeNumber(times, 1)) {
    return { ok: false, message: 'times must be a whole number of at least 1.' }
  }
  if (delayMs !== undefined && !isWholeNumber(delayMs, 0)) {
    return { ok: false, message: 'delayMs must be a whole number of ms.' }
  }
  const chosen = (routes as SimRoute[] | undefined) ?? [...SIM_ROUTES]
  // A sync's outcome is fixed when it starts, so only the start route counts.
  if (name === 'fails-at-load' && !chosen.includes('start')) {
    return { ok: false, message: 'fails-at-load needs the start route.' }
  }
  // Only a status read can find a sync not registered yet.
  const ownRoutes: Partial<Record<ScenarioName, SimRoute[]>> = {
    'fails-at-load': ['start'],
    'registers-late': ['status'],
    'started-elsewhere': ['start'],
  }

  return {
    ok: true,
    scenario: {
      name: name as Scenario['name'],
      routes: ownRoutes[name as ScenarioName] ?? chosen,
      remaining: (times as number | undefined) ?? null,
      delayMs: (delayMs as number | undefined) ?? DEFAULT_SLOW_DELAY_MS,
    },
  }
}

function isWholeNumber(value: unknown, min: number): value is number {
  return Number.isInteger(value) && (value as number) >= min
}

export interface ScenarioSwitch {
  current(): Scenario | null
  set(scenario: Scenario | null): void
  /** The scenario for one request on `route`, using up one of its times. */
  take(route: SimRoute): Scenario | null
}

export function createScenarioSwitch(): ScenarioSwitch {
  let active: Scenario | null = null

  return {
    current: () => active,
    set(scenario) {
      active = scenario
    },
    take(route) {
      const scenario = active
      if (!scenario || !scenario.routes.includes(route)) return null
      if (scenario.remaining !== null) {
        scenario.remaining -= 1
        if (scenario.remaining === 0) active = null
      }
      return scenario
    },
  }
}

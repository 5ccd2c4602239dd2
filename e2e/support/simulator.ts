import type { APIRequestContext } from '@playwright/test'
import { expect } from '@playwright/test'

import { E2E_STEP_MS } from './constants.ts'

/**
 * Back to the demo workspace, with no scenario and fast syncs; `stepMs`
 * slows each step for a test that watches one while it runs.
 */
export async function resetSimulator(
  request: APIRequestContext,
  baseURL?: string,
  stepMs = E2E_STEP_MS,
) {
  const response = await request.post(`${baseURL ?? ''}/__simulator/reset`, {
    data: { stepMs },
  })
  expect(response.ok()).toBe(true)
}

type ScenarioOptions = {
  routes?: ('list' | 'start' | 'status')[]
  times?: number
}

export async function useScenario(
  request: APIRequestContext,
  name: string,
  options: ScenarioOptions = {},
  baseURL?: string,
) {
  const response = await request.post(`${baseURL ?? ''}/__simulator/scenario`, {
    data: { name, ...options },
  })
  expect(response.ok()).toBe(true)
}

type RouteName = 'list' | 'start' | 'status'

type Calls = {
  total: number
  counts: Record<RouteName | 'unmatched', number>
  /** `apiKey` says whether the last request carried the expected key. */
  last: Record<
    RouteName,
    { apiKey: 'absent' | 'valid' | 'invalid' | 'present' } | null
  >
}

export async function simulatorCalls(
  request: APIRequestContext,
  baseURL?: string,
): Promise<Calls> {
  const response = await request.get(`${baseURL ?? ''}/__simulator/calls`)
  expect(response.ok()).toBe(true)
  return (await response.json()) as Calls
}

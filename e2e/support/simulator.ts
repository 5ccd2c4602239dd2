import type { APIRequestContext, Page } from '@playwright/test'
import { expect } from '@playwright/test'

import { E2E_STEP_MS } from './constants.ts'

/**
 * Back to the demo workspace, with no scenario and fast syncs; `stepMs`
 * slows each step for a test that watches one while it runs, and
 * `connectionCount` grows the workspace past its twelve demo entities.
 */
export async function resetSimulator(
  request: APIRequestContext,
  baseURL?: string,
  stepMs = E2E_STEP_MS,
  connectionCount?: number,
) {
  const response = await request.post(`${baseURL ?? ''}/__simulator/reset`, {
    data: { stepMs, connectionCount },
  })
  expect(response.ok()).toBe(true)
}

type ScenarioOptions = {
  routes?: ('list' | 'start' | 'status')[]
  times?: number
  /** For `slow`, each answer's wait; for `registers-late`, how long a new
   * sync stays unknown. */
  delayMs?: number
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

/**
 * Counts the page's own requests whose path matches, from now on. Used
 * where the simulator's count would also include the server's sync ledger,
 * which reads the list on its own schedule.
 */
export function countPageRequests(page: Page, path: RegExp) {
  let count = 0
  page.on('request', (req) => {
    if (path.test(new URL(req.url()).pathname)) count += 1
  })
  return () => count
}

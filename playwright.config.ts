import { defineConfig } from '@playwright/test'

import {
  DEMO_PORT,
  E2E_CANARY_KEY,
  E2E_STEP_MS,
  LEDGER_OFF_PORT,
  LIVE_PORT,
  LIVE_SIMULATOR_PORT,
} from './e2e/support/constants.ts'
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.ts'

const chromium = findChromium()

const serverEnv = {
  LOG_LEVEL: 'warn',
  XPNA_LEDGER_PATH: ':memory:',
  XPNA_SIMULATOR_STEP_MS: String(E2E_STEP_MS),
  // A hanging upstream then turns into a 504 within a test's patience.
  XPNA_UPSTREAM_TIMEOUT_MS: '2000',
}

export default defineConfig({
  testDir: './e2e',
  // One simulator serves every test and each test resets it, so tests run
  // one after another.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${DEMO_PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium?.executablePath ?? undefined,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [
    {
      command: 'node --import tsx server/index.ts',
      url: `http://127.0.0.1:${DEMO_PORT}/healthz`,
      env: { ...serverEnv, PORT: String(DEMO_PORT), XPNA_API_KEY: '' },
      reuseExistingServer: false,
      stdout: 'pipe',
    },
    {
      command: 'node --import tsx server/simulator/standalone.ts',
      url: `http://127.0.0.1:${LIVE_SIMULATOR_PORT}/api/public/v1/connections`,
      env: {
        ...serverEnv,
        SIMULATOR_PORT: String(LIVE_SIMULATOR_PORT),
        SIMULATOR_API_KEY: E2E_CANARY_KEY,
      },
      // It answers 401 without the key, which Playwright counts as ready.
      reuseExistingServer: false,
    },
    {
      command: 'node --import tsx server/index.ts',
      url: `http://127.0.0.1:${LIVE_PORT}/healthz`,
      env: {
        ...serverEnv,
        PORT: String(LIVE_PORT),
        XPNA_API_KEY: E2E_CANARY_KEY,
        XPNA_API_URL: `http://127.0.0.1:${LIVE_SIMULATOR_PORT}/api/public/v1`,
      },
      reuseExistingServer: false,
      stdout: 'pipe',
    },
    {
      command: 'node --import tsx server/index.ts',
      url: `http://127.0.0.1:${LEDGER_OFF_PORT}/healthz`,
      env: {
        ...serverEnv,
        PORT: String(LEDGER_OFF_PORT),
        XPNA_API_KEY: '',
        XPNA_LEDGER: 'off',
      },
      reuseExistingServer: false,
      stdout: 'pipe',
    },
  ],
})

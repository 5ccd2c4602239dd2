import { existsSync } from 'node:fs'

import { chromium } from '@playwright/test'

export const SYSTEM_CHROMIUM = '/usr/bin/chromium'

// Flags for a sandboxed root user on a machine with no outside network:
// without the background-networking ones Chromium keeps dialling Google.
// Shared by the end-to-end tests and the benchmarks.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export type ChromiumChoice = {
  /** Null means Playwright's own downloaded browser. */
  executablePath: string | null
  source: 'CHROMIUM_PATH' | 'playwright' | 'system'
}

/**
 * The browser the end-to-end tests run in, in order of preference:
 * CHROMIUM_PATH, Playwright's own download, then Debian's package.
 * Playwright cannot download its browser on this network, so the last
 * is the usual answer here.
 */
export function findChromium(env = process.env): ChromiumChoice | null {
  const fromEnv = env.CHROMIUM_PATH
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(
        `CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`,
      )
    }
    return { executablePath: fromEnv, source: 'CHROMIUM_PATH' }
  }
  if (hasPlaywrightBrowser())
    return { executablePath: null, source: 'playwright' }
  if (existsSync(SYSTEM_CHROMIUM)) {
    return { executablePath: SYSTEM_CHROMIUM, source: 'system' }
  }
  return null
}

function hasPlaywrightBrowser() {
  try {
    return existsSync(chromium.executablePath())
  } catch {
    return false
  }
}

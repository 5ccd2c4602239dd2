import type { Page } from '@playwright/test'

/**
 * Makes the page believe its tab went to the background or came back, as
 * e2e/sync-page.spec.ts does: headless Chromium never hides a tab itself.
 */
export function setVisibility(page: Page, state: 'hidden' | 'visible') {
  return page.evaluate((value) => {
    Object.defineProperty(document, 'visibilityState', {
      value,
      configurable: true,
    })
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }))
  }, state)
}

export function isStatusRequest(url: string) {
  return /\/connections\/sync\/[^/]+\/status$/.test(new URL(url).pathname)
}

export const sleep = (ms: number) =>
  new Promise<void>((done) => setTimeout(done, ms))

import type { Page } from '@playwright/test'

/**
 * Makes the page believe its tab went to the background or came back:
 * headless Chromium never hides a tab by itself.
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

import type { Page } from '@playwright/test'

/**
 * A connection row, as CSS for scripts running inside the page: a table
 * row or an ARIA row (a virtualised list) holding a link to a connection.
 */
export const CONNECTION_ROW_CSS =
  ':is(tr, [role="row"]):has(a[href^="/connections/"])'

/** The same rows for Playwright, found by role. */
export function connectionRows(page: Page) {
  return page
    .getByRole('row')
    .filter({ has: page.locator('a[href^="/connections/"]') })
}

export function searchBox(page: Page) {
  return page.getByRole('searchbox', { name: 'Search connections' })
}

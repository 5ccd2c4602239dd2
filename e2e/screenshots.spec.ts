import { join } from 'node:path'

import { expect, test, type Page } from '@playwright/test'

import { resetSimulator } from './support/simulator.ts'

function steps(page: Page) {
  return page.getByRole('list', { name: 'Sync steps' }).getByRole('listitem')
}

test.use({ viewport: { width: 1280, height: 800 } })

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme })

    test.beforeEach(async ({ request }) => {
      // Slow steps keep Northwind's seeded sync running in the pictures.
      await resetSimulator(request, undefined, 60_000)
    })

    // `npm run screenshots` sets SCREENSHOTS_DIR to refresh the README's
    // pictures; in `npm test` the same journeys run and their pictures go
    // to test-results, so a change that breaks a pictured page still fails.
    async function shoot(page: Page, name: string) {
      const dir = process.env.SCREENSHOTS_DIR
      const path = dir
        ? join(dir, `${name}-${theme}.png`)
        : test.info().outputPath(`${name}-${theme}.png`)
      await page.screenshot({ path, animations: 'disabled' })
    }

    test(`pictures the connections list (${theme})`, async ({ page }) => {
      await page.goto('/')
      await expect(
        page.getByRole('button', { name: 'Sync Acme Holdings' }),
      ).toBeVisible()

      await shoot(page, 'connections')
    })

    test(`pictures a failed sync (${theme})`, async ({ page }) => {
      await page.goto('/')
      await page
        .getByRole('link', { name: 'Hooli Services LLC', exact: true })
        .click()
      await page.getByRole('link', { name: 'Open the full sync page' }).click()
      await expect(
        page.getByRole('heading', { name: 'Hooli Services LLC sync' }),
      ).toBeVisible()
      await expect(steps(page).filter({ hasText: 'Failed' })).toHaveCount(1)

      await shoot(page, 'failed-sync')
    })

    test(`pictures a running sync (${theme})`, async ({ page }) => {
      await page.goto('/')
      await page
        .getByRole('link', { name: 'Northwind Traders', exact: true })
        .click()
      await expect(steps(page).filter({ hasText: 'Running' })).toHaveCount(1)

      await shoot(page, 'connection-running')
    })

    test(`pictures the overnight activity (${theme})`, async ({ page }) => {
      await page.goto('/activity')
      await expect(
        page.getByRole('table', { name: 'Recorded syncs, newest first' }),
      ).toBeVisible()

      await shoot(page, 'activity')
    })
  })
}

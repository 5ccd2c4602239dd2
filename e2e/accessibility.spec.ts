import { expect, test, type Page } from '@playwright/test'

import { expectNoSeriousA11yViolations } from './support/axe.ts'
import { resetSimulator, useScenario } from './support/simulator.ts'

test.beforeEach(async ({ request }) => {
  await resetSimulator(request)
})

function steps(page: Page) {
  return page.getByRole('list', { name: 'Sync steps' }).getByRole('listitem')
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`in the ${theme} theme`, () => {
    test.use({ colorScheme: theme })

    test('the connections list has no serious accessibility problems', async ({
      page,
    }) => {
      await page.goto('/')
      await expect(
        page.getByRole('button', { name: 'Sync Acme Holdings' }),
      ).toBeVisible()

      await expectNoSeriousA11yViolations(page)
    })

    test('a connection page has no serious accessibility problems', async ({
      page,
    }) => {
      await page.goto('/')
      await page
        .getByRole('link', { name: 'Hooli Services LLC', exact: true })
        .click()
      await expect(steps(page).filter({ hasText: 'Failed' })).toHaveCount(1)

      await expectNoSeriousA11yViolations(page)
    })

    test('running and failed syncs have no serious accessibility problems', async ({
      page,
    }) => {
      await page.goto('/')
      await page.getByRole('button', { name: 'Sync Globex UK Ltd' }).click()
      await expect(page).toHaveURL(/\/syncs\//)
      await expectNoSeriousA11yViolations(page)

      await expect(steps(page).filter({ hasText: 'Failed' })).toHaveCount(1)
      await expectNoSeriousA11yViolations(page)
    })

    test('error pages have no serious accessibility problems', async ({
      page,
      request,
    }) => {
      await page.goto('/syncs/ffffffffffffffffffffffffffffffff')
      await expect(
        page.getByRole('heading', { name: 'Sync not found' }),
      ).toBeVisible()
      await expectNoSeriousA11yViolations(page)

      await useScenario(request, 'unauthorized')
      await page.goto('/')
      await expect(page.getByRole('alert')).toBeVisible()
      await expectNoSeriousA11yViolations(page)
    })
  })
}

import { expect, test, type Locator, type Page } from '@playwright/test'

import { resetSimulator } from './support/simulator.ts'

test.beforeEach(async ({ request }) => {
  await resetSimulator(request)
})

/** Presses Tab until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, most = 40) {
  for (let presses = 0; presses < most; presses++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`${String(target)} was not reached in ${most} presses of Tab`)
}

test('a filter, a sync start and its timeline all work from the keyboard', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/')
  await expect(
    page.getByRole('button', { name: 'Sync Acme Holdings' }),
  ).toBeVisible()

  await tabTo(page, page.getByRole('button', { name: 'Healthy 6' }))
  await page.keyboard.press('Space')

  await expect(page).toHaveURL(/\?health=healthy$/)

  await page.keyboard.press('/')
  await page.keyboard.type('acme')
  await page.keyboard.press('ArrowDown')
  const row = page.getByRole('row').filter({ hasText: 'Acme Holdings' })
  await expect(row).toBeFocused()

  await tabTo(page, page.getByRole('button', { name: 'Sync Acme Holdings' }))
  await page.keyboard.press('Enter')

  await expect(page).toHaveURL(/\/syncs\/[0-9a-f]{32}/)
  // Focus starts at the new page's heading, as after a full page load.
  await expect(
    page.getByRole('heading', { name: 'Acme Holdings sync' }),
  ).toBeFocused()
  const live = page.locator('[aria-live="polite"]', { hasText: /^Live: / })
  await expect(live).toHaveText(
    /^Live: \d of \d steps done\. Updates on its own\.$/,
  )
  await expect(
    page.getByText('Sync completed. No longer updating.'),
  ).toBeVisible()

  await tabTo(
    page,
    page.getByRole('button', { name: 'Copy details for support' }),
  )
  await page.keyboard.press('Enter')

  await expect(page.getByText('Copied to the clipboard.')).toBeVisible()
})

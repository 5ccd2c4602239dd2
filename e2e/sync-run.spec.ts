import { expect, test, type Page } from '@playwright/test'

import { resetSimulator, useScenario } from './support/simulator.ts'

test.beforeEach(async ({ request }) => {
  await resetSimulator(request)
})

function steps(page: Page) {
  return page.getByRole('list', { name: 'Sync steps' }).getByRole('listitem')
}

async function startSync(page: Page, entityName: string) {
  await page.goto('/')
  await page.getByRole('button', { name: `Sync ${entityName}` }).click()
  await expect(page).toHaveURL(/\/syncs\/[0-9a-f]{32}\?entityId=[0-9a-f]{32}$/)
}

test('a started sync runs through its steps on screen without a reload', async ({
  page,
}) => {
  await startSync(page, 'Acme Holdings')
  await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }))

  await expect(
    page.getByRole('heading', { name: 'Acme Holdings sync' }),
  ).toBeVisible()
  await expect(steps(page)).toHaveCount(4)
  await expect(steps(page).nth(0)).toContainText('Extract')
  await expect(steps(page).filter({ hasText: 'Running' })).toHaveCount(1)
  await expect(steps(page).filter({ hasText: 'Completed' })).toHaveCount(4)

  await expect(
    page.getByText('Sync completed. No longer updating.'),
  ).toBeVisible()
  for (const item of await steps(page).all()) {
    await expect(item).toContainText(/\d+(\.\d)? s|\d+ ms/)
  }
  expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(true)
})

test('the list shows the new state once the sync has finished', async ({
  page,
}) => {
  await startSync(page, 'Acme Holdings')
  await expect(
    page.getByText('Sync completed. No longer updating.'),
  ).toBeVisible()

  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Connections' })
    .click()

  const row = page.getByRole('row').filter({
    has: page.getByRole('link', { name: 'Acme Holdings', exact: true }),
  })
  await expect(row).toContainText('Healthy')
  await expect(row).toContainText('Completed')
  await expect(row.locator('time').first()).toHaveText(/just now|seconds? ago/)
})

test('a failed step shows its message beside it', async ({ page }) => {
  await startSync(page, 'Globex UK Ltd')

  const failed = steps(page).filter({ hasText: 'Failed' })
  await expect(failed).toHaveCount(1)
  await expect(failed).toContainText('Extract')
  await expect(failed).toContainText('Xero authorisation expired')
  await expect(page.getByText('Failed at Extract').first()).toBeVisible()
})

test('a sync failing at Load keeps the earlier steps completed', async ({
  page,
  request,
}) => {
  await useScenario(request, 'fails-at-load')

  await startSync(page, 'Acme Holdings')

  await expect(steps(page).filter({ hasText: 'Failed' })).toContainText('Load')
  await expect(steps(page).nth(0)).toContainText('Completed')
  await expect(steps(page).nth(1)).toContainText('Completed')
})

test('reloading a running sync page picks the timeline up again', async ({
  page,
}) => {
  await startSync(page, 'Acme Holdings')
  await expect(steps(page).filter({ hasText: 'Running' })).toHaveCount(1)
  const url = page.url()

  await page.reload()

  expect(page.url()).toBe(url)
  await expect(
    page.getByRole('heading', { name: 'Acme Holdings sync' }),
  ).toBeVisible()
  await expect(steps(page).filter({ hasText: 'Completed' })).toHaveCount(4)
})

test('an unknown sync address says it was not found and leads back', async ({
  page,
}) => {
  await page.goto('/syncs/ffffffffffffffffffffffffffffffff')

  await expect(
    page.getByRole('heading', { name: 'Sync not found' }),
  ).toBeVisible()

  await page.getByRole('link', { name: 'Back to all connections' }).click()

  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByRole('heading', { name: 'Connections' })).toBeVisible()
})

import { expect, test } from '@playwright/test'

import { resetSimulator } from './support/simulator.ts'

test.beforeEach(async ({ request }) => {
  await resetSimulator(request)
})

function rowOf(page: import('@playwright/test').Page, entityName: string) {
  return page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: entityName, exact: true }) })
}

test('lists every demo connection with its health in words', async ({
  page,
  request,
}) => {
  // Slow steps keep Northwind's seeded sync running while the test looks:
  // with one-second steps it ends about 3 s after the reset, which a cold
  // browser on a busy machine can miss.
  await resetSimulator(request, undefined, 60_000)
  await page.goto('/')

  await expect(page.getByRole('heading', { name: 'Connections' })).toBeVisible()
  await expect(page.getByText('Demo data')).toBeVisible()
  await expect(page.getByRole('button', { name: /^Sync / })).toHaveCount(12)
  await expect(rowOf(page, 'Acme Holdings')).toContainText('Healthy')
  await expect(rowOf(page, 'Acme Holdings')).toContainText('QuickBooks')
  await expect(rowOf(page, 'Globex UK Ltd')).toContainText('Error')
  await expect(rowOf(page, 'Northwind Traders')).toContainText('Syncing')
  await expect(rowOf(page, 'Initech Inc')).toContainText('Inactive')
  await expect(rowOf(page, 'Initech Inc')).toContainText('Not scheduled')
})

test('shows the exact local time of the last sync on hover', async ({
  page,
}) => {
  await page.goto('/')

  const lastSync = rowOf(page, 'Acme Holdings').locator('time').first()

  await expect(lastSync).toHaveText(/minutes ago$/)
  await expect(lastSync).toHaveAttribute(
    'title',
    /^\w{3} \d{1,2} \w{3} \d{4}, \d\d:\d\d:\d\d /,
  )
})

test('a connection name opens its page, which survives a reload', async ({
  page,
}) => {
  await page.goto('/')

  await page
    .getByRole('link', { name: 'Hooli Services LLC', exact: true })
    .click()

  await expect(page).toHaveURL(/\/connections\/[0-9a-f]{32}$/)
  await expect(
    page.getByRole('heading', { name: 'Hooli Services LLC' }),
  ).toBeVisible()
  const latest = page.getByRole('list', { name: 'Sync steps' })
  await expect(
    latest.getByRole('listitem').filter({ hasText: 'Failed' }),
  ).toContainText('Period November 2026 is locked')

  await page.reload()

  await expect(
    page.getByRole('heading', { name: 'Hooli Services LLC' }),
  ).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Latest sync' })).toBeVisible()
})

test('an unknown connection address says so and links back', async ({
  page,
}) => {
  await page.goto('/connections/0000000000000000000000000000dead')

  await expect(
    page.getByRole('heading', { name: 'Connection not found' }),
  ).toBeVisible()
  await page.getByRole('link', { name: 'Back to all connections' }).click()
  await expect(page).toHaveURL(/\/$/)
})

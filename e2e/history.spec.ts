import { readFileSync } from 'node:fs'

import { expect, test } from '@playwright/test'

import { resetSimulator } from './support/simulator.ts'

test.beforeEach(async ({ request }) => {
  await resetSimulator(request)
})

test('a connection page lists its recent syncs and flags a collapsed count', async ({
  page,
}) => {
  await page.goto('/')
  await page
    .getByRole('link', { name: 'Dunder Mifflin Paper Co', exact: true })
    .click()

  const history = page.getByRole('table', {
    name: /Recent syncs of this connection/,
  })
  await expect(history.getByRole('row')).not.toHaveCount(0)
  await expect(history).toContainText('Schedule or elsewhere')
  await expect(history).toContainText(/Extract: 0, usually about \d{1,2},\d{3}/)
  await expect(
    page.getByText(/of the last \d+ finished syncs completed/),
  ).toBeVisible()
})

test('the activity page narrows to failures and keeps the filter on reload', async ({
  page,
}) => {
  await page.goto('/activity')
  const rows = page
    .getByRole('table', { name: 'Recorded syncs, newest first' })
    .getByRole('row')
  await expect(rows.nth(1)).toBeVisible()

  await page.getByLabel('Status').selectOption('problems')

  await expect(page).toHaveURL(/status=problems/)
  await expect(
    rows.filter({ hasText: 'Completed' }).filter({ hasNotText: 'with errors' }),
  ).toHaveCount(0)
  await expect(rows.filter({ hasText: 'Globex UK Ltd' }).first()).toContainText(
    'Failed',
  )
  await page.reload()
  await expect(page.getByLabel('Status')).toHaveValue('problems')
  await expect(
    rows.filter({ hasText: 'Hooli Services LLC' }).first(),
  ).toContainText('Period November 2026 is locked')
})

test('Export CSV downloads the shown period with one row per sync', async ({
  page,
}) => {
  await page.goto('/activity?status=problems')
  await expect(
    page.getByRole('table', { name: 'Recorded syncs, newest first' }),
  ).toBeVisible()

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Export CSV' }).click(),
  ])

  const lines = readFileSync((await download.path()) ?? '', 'utf8')
    .trim()
    .split('\r\n')
  expect(download.suggestedFilename()).toMatch(
    /^xpna-syncs-\d{4}-\d{2}-\d{2}\.csv$/,
  )
  expect(lines[0]).toMatch(
    /^sync_id,entity_id,entity_name,source_system,status,/,
  )
  expect(lines.length).toBeGreaterThan(1)
  expect(
    lines
      .slice(1)
      .every((line) => /,(failed|completed_with_errors),/.test(line)),
  ).toBe(true)
})

test('an old sync xPnA no longer reports opens from the history', async ({
  page,
}) => {
  const weeksAgo = new Date(Date.now() - 20 * 24 * 3600_000).toISOString()
  await page.goto(`/activity?status=problems&since=${weeksAgo}`)
  const rows = page
    .getByRole('table', { name: 'Recorded syncs, newest first' })
    .getByRole('row')
  const oldFailure = rows.filter({ hasText: /^\d+ days ago/ }).first()

  await oldFailure.getByRole('link', { name: /open the .* sync/ }).click()

  await expect(
    page.getByText(
      /From this dashboard.s history: xPnA no longer reports this sync/,
    ),
  ).toBeVisible()
  await expect(
    page.getByRole('list', { name: 'Sync steps' }).getByRole('listitem'),
  ).toHaveCount(4)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/ sync$/)
})

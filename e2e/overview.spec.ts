import { expect, test, type Page } from '@playwright/test'

import { expectNoSeriousA11yViolations } from './support/axe.ts'
import {
  resetSimulator,
  simulatorCalls,
  useScenario,
} from './support/simulator.ts'

// Slow steps keep Northwind's seeded sync running while a test looks.
test.beforeEach(async ({ request }) => {
  await resetSimulator(request, undefined, 60_000)
})

function table(page: Page) {
  return page.getByRole('table', { name: /Connections and their sync state/ })
}

function entityLinks(page: Page) {
  return table(page).getByRole('rowheader').getByRole('link')
}

function rowOf(page: Page, entityName: string) {
  return table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: entityName, exact: true }) })
}

test('the summary counts match the demo workspace', async ({ page }) => {
  await page.goto('/')

  const summary = page.getByRole('list', { name: 'Connections by health' })
  await expect(summary.getByRole('button')).toHaveText([
    'Needs attention3',
    'Syncing now1',
    'Overdue1',
    'Inactive1',
    'Healthy6',
  ])
  await expect(rowOf(page, 'Vandelay Industries')).toContainText(
    'overdue by 25 min',
  )
})

test('a count filters the table, and the filter survives a reload', async ({
  page,
}) => {
  await page.goto('/')

  await page.getByRole('button', { name: 'Needs attention 3' }).click()

  await expect(page).toHaveURL(/\?health=error$/)
  await expect(entityLinks(page)).toHaveText([
    'Contoso Pty Ltd',
    'Globex UK Ltd',
    'Hooli Services LLC',
  ])

  await page.reload()

  await expect(
    page.getByRole('button', { name: 'Needs attention 3' }),
  ).toHaveAttribute('aria-pressed', 'true')
  await expect(entityLinks(page)).toHaveCount(3)
  await expect(page.getByText('Showing 3 of 12')).toBeVisible()
})

test('search and the source filter narrow the table and live in the address', async ({
  page,
}) => {
  await page.goto('/')

  await page
    .getByRole('combobox', { name: 'Source system' })
    .selectOption('Xero')

  await expect(entityLinks(page)).toHaveText([
    'Globex UK Ltd',
    'Vandelay Industries',
  ])

  await page.getByRole('searchbox', { name: 'Search connections' }).fill('van')

  await expect(entityLinks(page)).toHaveText(['Vandelay Industries'])
  await expect(page).toHaveURL(/q=van/)

  await page.reload()

  await expect(
    page.getByRole('searchbox', { name: 'Search connections' }),
  ).toHaveValue('van')
  await expect(
    page.getByRole('combobox', { name: 'Source system' }),
  ).toHaveValue('Xero')
  await expect(entityLinks(page)).toHaveText(['Vandelay Industries'])

  await page.getByRole('searchbox', { name: 'Search connections' }).fill('zzz')

  await expect(
    page.getByText('No connection matches this search and these filters'),
  ).toBeVisible()

  await page.getByRole('button', { name: 'Clear filters' }).first().click()

  await expect(entityLinks(page)).toHaveCount(12)
  await expect(page).toHaveURL(/\/$/)
})

test('a column header sorts the table both ways and keeps it on reload', async ({
  page,
}) => {
  await page.goto('/')

  await page.getByRole('button', { name: 'Entity', exact: true }).click()

  await expect(entityLinks(page).first()).toHaveText('Acme Holdings')
  await expect(
    page.getByRole('columnheader', { name: 'Entity' }),
  ).toHaveAttribute('aria-sort', 'ascending')

  await page.getByRole('button', { name: 'Entity', exact: true }).click()

  await expect(entityLinks(page).first()).toHaveText('Wingtip Holdings SARL')
  await expect(page).toHaveURL(/sort=entity&dir=desc/)

  await page.reload()

  await expect(entityLinks(page).first()).toHaveText('Wingtip Holdings SARL')
})

test('rows that need attention say which step failed and why', async ({
  page,
}) => {
  await page.goto('/')

  await expect(rowOf(page, 'Globex UK Ltd')).toContainText(
    'Extract failed: Xero authorisation expired',
  )
  await expect(rowOf(page, 'Hooli Services LLC')).toContainText(
    'Load failed: Period November 2026 is locked',
  )
  await expect(rowOf(page, 'Contoso Pty Ltd')).toContainText(
    'Validate reported errors',
  )
})

test('syncing all that need attention starts exactly one sync per entity', async ({
  page,
  request,
}) => {
  await page.goto('/')

  await page
    .getByRole('button', { name: 'Select all needing attention (3)' })
    .click()
  await page.getByRole('button', { name: 'Start 3 syncs' }).click()

  await expect(
    page.getByText('Started 3 · already running 0 · failed 0'),
  ).toBeVisible()
  const calls = await simulatorCalls(request)
  expect(calls.counts.start).toBe(3)
  await expect(rowOf(page, 'Globex UK Ltd')).toContainText('Syncing')
})

test('starting many asks first, and Cancel starts nothing', async ({
  page,
  request,
}) => {
  await page.goto('/')

  await page.getByRole('checkbox', { name: 'Select all shown' }).check()
  await page.getByRole('button', { name: 'Start 12 syncs' }).click()
  const dialog = page.getByRole('dialog', { name: 'Start 12 syncs?' })

  await expect(dialog).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  await dialog.getByRole('button', { name: 'Cancel' }).click()

  await expect(dialog).toBeHidden()
  expect((await simulatorCalls(request)).counts.start).toBe(0)

  await page.getByRole('button', { name: 'Start 12 syncs' }).click()
  await dialog.getByRole('button', { name: 'Start 12 syncs' }).click()

  // Northwind was already syncing: reported, not started a second time.
  // Initech is inactive, which xPnA refuses with its reason.
  await expect(
    page.getByText('Started 10 · already running 1 · failed 1'),
  ).toBeVisible()
  await expect(
    page.getByRole('list', { name: 'Syncs that did not start' }),
  ).toContainText('Initech Inc: The connection for Initech Inc is inactive')
  expect((await simulatorCalls(request)).counts.start).toBe(11)
})

test('a connection that synced minutes ago asks before syncing again', async ({
  page,
  request,
}) => {
  await page.goto('/')

  await page.getByRole('button', { name: 'Sync Wingtip Holdings SARL' }).click()

  await expect(
    rowOf(page, 'Wingtip Holdings SARL').getByText(
      'It last synced 10 minutes ago, successfully. Start another sync now?',
    ),
  ).toBeVisible()

  await page.getByRole('button', { name: 'Cancel' }).click()

  expect((await simulatorCalls(request)).counts.start).toBe(0)
  await expect(
    page.getByRole('button', { name: 'Sync Wingtip Holdings SARL' }),
  ).toBeFocused()

  await page.getByRole('button', { name: 'Sync Wingtip Holdings SARL' }).click()
  await page.getByRole('button', { name: 'Start anyway' }).click()

  await expect(page).toHaveURL(/\/syncs\/[0-9a-f]{32}\?entityId=/)
  expect((await simulatorCalls(request)).counts.start).toBe(1)
})

test('a connection already syncing opens its running sync instead of a new one', async ({
  page,
  request,
}) => {
  await page.goto('/')

  await page.getByRole('button', { name: 'Sync Northwind Traders' }).click()

  await expect(page).toHaveURL(/\/syncs\/[0-9a-f]{32}\?entityId=/)
  await expect(
    page.getByRole('heading', { name: 'Northwind Traders sync' }),
  ).toBeVisible()
  expect((await simulatorCalls(request)).counts.start).toBe(0)
})

test('the close cut-off splits fresh from stale and is remembered', async ({
  page,
}) => {
  await page.goto('/')
  const halfHourAgo = await page.evaluate(() => {
    const at = new Date(Date.now() - 30 * 60_000)
    return [at.getHours(), at.getMinutes()]
      .map((n) => String(n).padStart(2, '0'))
      .join(':')
  })

  await page.getByLabel(/Fresh if synced since/).fill(halfHourAgo)

  // Only Umbrella (15 min ago) and Wingtip (10 min ago) synced cleanly since.
  const ready = page.getByRole('region', { name: 'Ready for close' })
  await expect(ready).toContainText(
    'Ready for close: 2 of 11 active entities fresh, 9 stale',
  )

  await page.reload()

  await expect(page.getByLabel(/Fresh if synced since/)).toHaveValue(
    halfHourAgo,
  )
  await page.getByRole('button', { name: 'Show 2 fresh' }).click()

  await expect(entityLinks(page)).toHaveText([
    'Umbrella Pharma GmbH',
    'Wingtip Holdings SARL',
  ])
  await expect(page).toHaveURL(/ready=fresh/)
})

test('the keyboard alone finds, moves through and opens connections', async ({
  page,
}) => {
  await page.goto('/')
  await expect(entityLinks(page)).toHaveCount(12)

  await page.keyboard.press('/')

  const search = page.getByRole('searchbox', { name: 'Search connections' })
  await expect(search).toBeFocused()

  await page.keyboard.type('ho')
  await expect(entityLinks(page)).toHaveText([
    'Hooli Services LLC',
    'Acme Holdings',
    'Wingtip Holdings SARL',
  ])
  await page.keyboard.press('Escape')
  await expect(search).toHaveValue('')
  await expect(entityLinks(page)).toHaveCount(12)

  // Down from the search box enters the table at its first row.
  await page.keyboard.press('ArrowDown')
  await expect(rowOf(page, 'Contoso Pty Ltd')).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')

  await expect(rowOf(page, 'Hooli Services LLC')).toBeFocused()

  await page.keyboard.press('Space')
  await expect(
    page.getByRole('checkbox', { name: 'Select Hooli Services LLC' }),
  ).toBeChecked()

  await page.keyboard.press('Enter')

  await expect(
    page.getByRole('heading', { name: 'Hooli Services LLC' }),
  ).toBeVisible()
  await expect(page).toHaveURL(/\/connections\/[0-9a-f]{32}$/)
})

test('a filtered list with bulk results has no serious accessibility problems', async ({
  page,
}) => {
  await page.goto('/?health=error')
  await page
    .getByRole('button', { name: 'Select all needing attention (3)' })
    .click()
  await page.getByRole('button', { name: 'Start 3 syncs' }).click()
  await expect(page.getByText(/^Started 3/)).toBeVisible()

  await expectNoSeriousA11yViolations(page)
})

test('a workspace of 5,000 entities loads and a search finds one of them', async ({
  page,
  request,
}) => {
  await resetSimulator(request, undefined, 60_000, 5_000)
  await page.goto('/')

  await expect(
    page.getByText('5,000 connections', { exact: true }),
  ).toBeVisible()

  await page
    .getByRole('searchbox', { name: 'Search connections' })
    .fill('quarry retail 4242')

  await expect(entityLinks(page)).toHaveCount(1)
  await expect(entityLinks(page)).toHaveText(/^Quarry Retail .+ 4242$/)
  await expect(page.getByText('Showing 1 of 5,000')).toBeVisible()
})

test('pressing Sync right after typing a search still opens the sync', async ({
  page,
  request,
}) => {
  await page.goto('/')
  // xPnA takes two seconds to know the new sync, so the sync page is still
  // loading when the search box writes its text to the address.
  await useScenario(request, 'registers-late', { delayMs: 2_000 })

  await page.getByRole('searchbox', { name: 'Search connections' }).fill('acme')
  await page.getByRole('button', { name: 'Sync Acme Holdings' }).click()

  await expect(
    page.getByRole('heading', { name: 'Acme Holdings sync' }),
  ).toBeVisible()
  await expect(page).toHaveURL(/\/syncs\/[0-9a-f]{32}\?entityId=/)
})

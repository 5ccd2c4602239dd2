import { expect, test } from '@playwright/test'

import { expectNoSeriousA11yViolations } from './support/axe.ts'
import { resetSimulator } from './support/simulator.ts'

test.beforeEach(async ({ request }) => {
  await resetSimulator(request)
})

// Dark when the page's own canvas is: the theme lives in CSS light-dark()
// values, so the painted colour is what tells.
function isDark(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const colour = getComputedStyle(document.body).backgroundColor
    const [r = 255, g = 255, b = 255] = colour.match(/\d+/g)?.map(Number) ?? []
    return r + g + b < 3 * 128
  })
}

test('a chosen theme is kept across reloads, whatever the system says', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Connections' })).toBeVisible()
  expect(await isDark(page)).toBe(false)

  await page.getByRole('combobox', { name: 'Theme' }).selectOption('Dark')
  expect(await isDark(page)).toBe(true)
  await page.reload()

  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue(
    'dark',
  )
  expect(await isDark(page)).toBe(true)
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('System')
  await page.reload()
  expect(await isDark(page)).toBe(false)
})

test('following the system, the page turns dark when the system does', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' })

  await page.goto('/')

  await expect(page.getByRole('heading', { name: 'Connections' })).toBeVisible()
  expect(await isDark(page)).toBe(true)
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the activity page has no serious accessibility problems (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme })
    await page.goto('/activity')
    await expect(
      page.getByRole('table', { name: 'Recorded syncs, newest first' }),
    ).toBeVisible()

    await expectNoSeriousA11yViolations(page)
  })
}

test('the notice of a finished sync has no serious accessibility problems', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Sync Globex UK Ltd' }).click()
  await expect(page).toHaveURL(/\/syncs\//)
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Connections' })
    .click()

  await expect(page.getByText('Globex UK Ltd sync failed')).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})

for (const width of [768, 1024, 1920]) {
  test(`the sync and connection pages fit a ${width}-pixel-wide window`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 })
    const overflow = () =>
      page.evaluate(
        () =>
          document.documentElement.scrollWidth -
          document.documentElement.clientWidth,
      )
    await page.goto('/')
    await page.getByRole('button', { name: 'Sync Hooli Services LLC' }).click()
    await expect(
      page.getByRole('list', { name: 'Sync steps' }).getByRole('listitem'),
    ).not.toHaveCount(0)
    const onSync = await overflow()
    await page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: 'Hooli Services LLC' })
      .click()
    await expect(
      page.getByRole('heading', { name: 'Hooli Services LLC' }),
    ).toBeVisible()

    expect(onSync).toBe(0)
    expect(await overflow()).toBe(0)
  })
}

for (const width of [768, 1024, 1920]) {
  test(`the connections and activity pages fit a ${width}-pixel-wide window`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 })
    const overflow = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => element.scrollWidth - element.clientWidth)

    await page.goto('/')
    await expect(
      page.getByRole('button', { name: 'Sync Acme Holdings' }),
    ).toBeVisible()

    expect(await overflow('html')).toBe(0)
    // From a laptop up the whole table shows; a tablet scrolls it in its box.
    const tableOverflow = await overflow('div:has(> table)')
    if (width >= 1024) expect(tableOverflow).toBe(0)

    await page.getByRole('link', { name: 'Activity' }).click()
    await expect(page.getByRole('heading', { name: 'Activity' })).toBeVisible()

    expect(await overflow('html')).toBe(0)
  })
}

import { expect, test, type Page } from '@playwright/test'

import {
  countPageRequests,
  resetSimulator,
  simulatorCalls,
  useScenario,
} from './support/simulator.ts'

const LIST_PATH = /^\/api\/public\/v1\/connections$/

const REQUEST_ID = /Request ID\s*00-[0-9a-f]{32}-[0-9a-f]{16}-00/

test.beforeEach(async ({ request }) => {
  await resetSimulator(request)
})

function alertOf(page: Page) {
  return page.getByRole('alert')
}

async function expectListBack(page: Page) {
  await expect(
    page.getByRole('link', { name: 'Acme Holdings', exact: true }),
  ).toBeVisible()
  await expect(alertOf(page)).toHaveCount(0)
}

async function recoverByClicking(page: Page, request: Page['request']) {
  await resetSimulator(request)
  await page.getByRole('button', { name: 'Try again' }).click()
  await expectListBack(page)
}

test('a rejected API key says what to check, is not retried, and recovers', async ({
  page,
  request,
}) => {
  await useScenario(request, 'unauthorized')
  const listRequests = countPageRequests(page, LIST_PATH)

  await page.goto('/')

  const alert = alertOf(page)
  await expect(alert).toContainText('Could not load the connections')
  await expect(alert).toContainText("xPnA rejected the dashboard's API key.")
  await expect(alert).toContainText(
    'Check XPNA_API_KEY on the dashboard server',
  )
  await expect(alert).toContainText(REQUEST_ID)
  // The page's loader and the header may each ask once; a retry would make
  // the loader alone ask three times.
  expect(listRequests()).toBeLessThanOrEqual(2)
  await recoverByClicking(page, request)
})

test('a rate limit says it is waiting, then tries again by itself', async ({
  page,
  request,
}) => {
  await useScenario(request, 'rate-limited', { routes: ['list'] })

  await page.goto('/')

  const alert = alertOf(page)
  await expect(alert).toContainText(
    'xPnA is limiting how often the dashboard may ask.',
  )
  await expect(alert).toContainText(/Trying again in [12] s\./)
  await resetSimulator(request)
  await expectListBack(page)
})

test('an xPnA server error is retried, then shown with its request id', async ({
  page,
  request,
}) => {
  await useScenario(request, 'server-error', { routes: ['list'] })
  const listRequests = countPageRequests(page, LIST_PATH)

  await page.goto('/')

  const alert = alertOf(page)
  await expect(alert).toContainText('xPnA failed to answer (HTTP 500).')
  await expect(alert).toContainText('already tried again')
  await expect(alert).toContainText(REQUEST_ID)
  expect(listRequests()).toBe(3)
  await recoverByClicking(page, request)
})

test('an HTML error page from a gateway is described, not shown as markup', async ({
  page,
  request,
}) => {
  await useScenario(request, 'bad-gateway-html', { routes: ['list'] })

  await page.goto('/')

  const alert = alertOf(page)
  await expect(alert).toContainText('xPnA failed to answer (HTTP 502).')
  await expect(alert).toContainText(
    'xPnA answered 502 with a web page instead of data.',
  )
  await expect(alert).not.toContainText('<h1>')
  await recoverByClicking(page, request)
})

test('a malformed answer names the endpoint instead of showing an empty list', async ({
  page,
  request,
}) => {
  await useScenario(request, 'malformed-json', { routes: ['list'] })

  await page.goto('/')

  const alert = alertOf(page)
  await expect(alert).toContainText(
    "xPnA's answer to GET /connections could not be read.",
  )
  await expect(alert).toContainText('not valid JSON')
  await recoverByClicking(page, request)
})

test('a hanging upstream ends in a timeout message, and the next try works', async ({
  page,
  request,
}) => {
  test.setTimeout(45_000)
  await useScenario(request, 'hang', { routes: ['list'] })

  await page.goto('/')

  await expect(alertOf(page)).toContainText(
    'xPnA did not answer within 2 seconds.',
    { timeout: 25_000 },
  )
  await recoverByClicking(page, request)
})

test('odd statuses and extra fields are shown in their own words', async ({
  page,
  request,
}) => {
  // Slow steps keep Northwind's seeded sync running while the test looks.
  await request.post('/__simulator/reset', { data: { stepMs: 60_000 } })
  await useScenario(request, 'odd-status')

  await page.goto('/')

  await expectListBack(page)
  const northwind = page.getByRole('row').filter({
    has: page.getByRole('link', { name: 'Northwind Traders', exact: true }),
  })
  await expect(northwind).toContainText(/reconciling/i)
})

test('a failed refresh keeps the list and explains itself, then clears', async ({
  page,
  request,
}) => {
  await page.goto('/')
  await expectListBack(page)
  await useScenario(request, 'unauthorized', { routes: ['list'] })

  await page.getByRole('button', { name: 'Refresh' }).click()

  await expect(alertOf(page)).toContainText(
    "xPnA rejected the dashboard's API key.",
  )
  await expect(
    page.getByRole('link', { name: 'Acme Holdings', exact: true }),
  ).toBeVisible()
  await resetSimulator(request)
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(alertOf(page)).toHaveCount(0)
})

test('a double click starts one sync', async ({ page, request }) => {
  await page.goto('/')

  await page.getByRole('button', { name: 'Sync Acme Holdings' }).dblclick()

  await expect(page).toHaveURL(/\/syncs\/[0-9a-f]+/)
  expect((await simulatorCalls(request)).counts.start).toBe(1)
})

test('two tabs starting the same entity together share one sync', async ({
  context,
  request,
}) => {
  const tabs = [await context.newPage(), await context.newPage()]
  await Promise.all(tabs.map((tab) => tab.goto('/')))
  const buttons = tabs.map((tab) =>
    tab.getByRole('button', { name: 'Sync Acme Holdings' }),
  )
  await Promise.all(buttons.map((button) => expect(button).toBeEnabled()))

  await Promise.all(buttons.map((button) => button.click()))

  await Promise.all(
    tabs.map((tab) => expect(tab).toHaveURL(/\/syncs\/[0-9a-f]+/)),
  )
  const [first, second] = tabs.map((tab) => new URL(tab.url()).pathname)
  expect(second).toBe(first)
  expect((await simulatorCalls(request)).counts.start).toBe(1)
})

test('a start that meets a sync begun elsewhere says so and links to it', async ({
  page,
  request,
}) => {
  await page.goto('/')
  await useScenario(request, 'started-elsewhere')

  await page.getByRole('button', { name: 'Sync Acme Holdings' }).click()

  const alert = alertOf(page)
  await expect(alert).toContainText(
    'A sync is already running for this entity.',
  )
  // The list is read again after the 409 and now names the running sync.
  await alert.getByRole('link', { name: 'Open the running sync' }).click()

  await expect(page).toHaveURL(/\/syncs\/[0-9a-f]{32}$/)
  await expect(
    page.getByRole('heading', { name: 'Acme Holdings sync' }),
  ).toBeVisible()
})

test('a connection page keeps the running sync on screen when xPnA stops answering', async ({
  page,
  request,
}) => {
  // Slow steps keep Northwind's seeded sync running throughout.
  await resetSimulator(request, undefined, 60_000)
  await page.goto('/')
  await page
    .getByRole('link', { name: 'Northwind Traders', exact: true })
    .click()
  const steps = page.getByRole('list', { name: 'Sync steps' })
  await expect(steps.getByRole('listitem').first()).toBeVisible()

  await useScenario(request, 'server-error', { routes: ['status'] })

  await expect(
    alertOf(page).filter({ hasText: 'showing the last status received' }),
  ).toContainText('Last received')
  await expect(steps.getByRole('listitem').first()).toBeVisible()

  await resetSimulator(request, undefined, 60_000)
  await page.getByRole('button', { name: 'Try again' }).click()

  await expect(alertOf(page)).toHaveCount(0)
})

test('a page that fails leaves the header working and the other pages usable', async ({
  page,
  request,
}) => {
  await page.goto('/')
  const acmeLastSync = page.getByRole('link', {
    name: /^Last sync of Acme Holdings/,
  })
  await expect(acmeLastSync).toBeVisible()
  await useScenario(request, 'malformed-json', { routes: ['status'] })

  await acmeLastSync.click()

  await expect(alertOf(page)).toContainText('GET /connections/sync/')
  await expect(page.getByRole('banner')).toBeVisible()

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Activity' })
    .click()

  await expect(page.getByRole('heading', { name: 'Activity' })).toBeVisible()
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Connections' })
    .click()
  await expectListBack(page)
})

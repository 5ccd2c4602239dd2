import { expect, test, type Page } from '@playwright/test'

import {
  countPageRequests,
  resetSimulator,
  useScenario,
} from './support/simulator.ts'
import { setVisibility } from './support/visibility.ts'

test.beforeEach(async ({ request }) => {
  await resetSimulator(request)
})

function steps(page: Page) {
  return page.getByRole('list', { name: 'Sync steps' }).getByRole('listitem')
}

// Counted in the browser, not at the simulator: the server's own ledger
// follows every sync too, on its own schedule.
function countStatusRequests(page: Page) {
  return countPageRequests(page, /\/connections\/sync\/[^/]+\/status$/)
}

async function startSync(page: Page, entityName: string) {
  await page.goto('/')
  await page.getByRole('button', { name: `Sync ${entityName}` }).click()
  await expect(page).toHaveURL(/\/syncs\/[0-9a-f]{32}\?entityId=[0-9a-f]{32}$/)
}

test('the running step shows a duration that ticks up', async ({
  page,
  request,
}) => {
  // Steps long enough that one is seen running across several clock ticks.
  await resetSimulator(request, undefined, 4_000)
  await startSync(page, 'Acme Holdings')
  const running = steps(page).filter({ hasText: 'Running' })
  await expect(running).toHaveCount(1)
  const duration = running.locator('span').filter({ hasText: /^Took \d/ })
  const first = await duration.textContent()

  await expect(duration).not.toHaveText(first ?? '')
  await expect(
    page.getByText('Sync completed. No longer updating.'),
  ).toBeVisible({ timeout: 20_000 })
  await expect(
    page.getByRole('button', { name: 'Sync Acme Holdings' }),
  ).toHaveText('Sync Acme Holdings')
})

test('the page asks for no status once the sync has finished', async ({
  page,
}) => {
  const count = countStatusRequests(page)
  await startSync(page, 'Acme Holdings')
  await expect(
    page.getByText('Sync completed. No longer updating.'),
  ).toBeVisible()
  const atFinish = count()

  await page.waitForTimeout(3_000)

  expect(atFinish).toBeGreaterThan(0)
  expect(count()).toBe(atFinish)
})

test('a hidden tab asks for no status at all, and one fetch catches up on return', async ({
  page,
  request,
}) => {
  // Steps slow enough that the sync still runs when the tab comes back.
  await resetSimulator(request, undefined, 4_000)
  const count = countStatusRequests(page)
  await startSync(page, 'Acme Holdings')
  await expect(steps(page).filter({ hasText: 'Running' })).toHaveCount(1)

  await setVisibility(page, 'hidden')
  await page.waitForTimeout(500)
  const whenHidden = count()
  await page.waitForTimeout(3_000)
  // Polls fall on whole seconds: coming back just after one leaves most of
  // a second in which only the catch-up request can be made.
  await page.waitForFunction(() => Date.now() % 1000 < 100)
  const beforeReturn = count()
  await setVisibility(page, 'visible')
  await page.waitForTimeout(600)

  expect(beforeReturn).toBe(whenHidden)
  expect(count()).toBe(whenHidden + 1)
})

test('a failed step is explained in plain words beside its raw message', async ({
  page,
}) => {
  await startSync(page, 'Globex UK Ltd')

  const failed = steps(page).filter({ hasText: 'Failed' })
  await expect(failed).toContainText(
    'Xero authorisation expired: reconnect the Xero organisation in xPnA',
  )
  await expect(failed).toContainText('Usually fixed by')
  await expect(failed).toContainText('Reconnect the source system in xPnA')
  await expect(steps(page).nth(1)).toContainText('Not run')
})

test('the copied support text holds the sync id and the failing message', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await startSync(page, 'Globex UK Ltd')
  await expect(steps(page).filter({ hasText: 'Failed' })).toHaveCount(1)
  const syncId = new URL(page.url()).pathname.split('/').pop() ?? ''

  await page.getByRole('button', { name: 'Copy details for support' }).click()

  await expect(page.getByText('Copied to the clipboard.')).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toContain(`Sync ID: ${syncId}`)
  expect(copied).toContain('Entity: Globex UK Ltd')
  expect(copied).toContain('1. Extract: failed')
  expect(copied).toContain('   Xero authorisation expired')
  expect(copied).toMatch(/Request ID: 00-[0-9a-f]{32}-[0-9a-f]{16}-00/)
})

test('a notice on the list says when a watched sync has finished', async ({
  page,
}) => {
  await startSync(page, 'Acme Holdings')
  await expect(steps(page).filter({ hasText: 'Running' })).toHaveCount(1)

  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Connections' })
    .click()

  await expect(page.getByText('Acme Holdings sync completed')).toBeVisible()
  await page.getByRole('link', { name: 'Open sync' }).click()
  await expect(page).toHaveURL(/\/syncs\/[0-9a-f]{32}/)
  await expect(
    page.getByRole('heading', { name: 'Acme Holdings sync' }),
  ).toBeVisible()
})

test('a hidden tab raises a browser notification when an allowed sync ends', async ({
  page,
}) => {
  test.setTimeout(60_000)
  // Chromium's own notifications cannot be read back: record what the page
  // asks for instead, with permission already given.
  await page.addInitScript(() => {
    const shown: string[] = []
    class RecordingNotification extends EventTarget {
      static permission = 'granted'
      static requestPermission = () => Promise.resolve('granted')
      constructor(title: string) {
        super()
        shown.push(title)
      }
    }
    Object.assign(window, { Notification: RecordingNotification, shown })
  })
  await startSync(page, 'Acme Holdings')
  await expect(
    page.getByText('A browser notification will say when it ends.'),
  ).toBeVisible()

  await setVisibility(page, 'hidden')

  await expect
    .poll(
      () =>
        page.evaluate(() => (window as unknown as { shown: string[] }).shown),
      {
        timeout: 40_000,
      },
    )
    .toEqual(['Acme Holdings sync completed'])
})

test('a sync xPnA has not registered yet reads as starting, then runs', async ({
  page,
  request,
}) => {
  // Slow steps keep the sync running after its first four seconds, in
  // which xPnA does not know it yet.
  await resetSimulator(request, undefined, 4_000)
  await useScenario(request, 'registers-late', { delayMs: 4_000 })

  await page.goto('/')
  await page.getByRole('button', { name: 'Sync Acme Holdings' }).click()

  await expect(page.getByRole('status')).toContainText(
    'Starting: xPnA accepted the sync and has not reported its steps yet.',
  )
  await expect(steps(page).filter({ hasText: 'Running' })).toHaveCount(1)
  await expect(
    page.getByRole('heading', { name: 'Sync not found' }),
  ).toHaveCount(0)
})

test('an older sync opened from a bare link still names its entity', async ({
  page,
}) => {
  await startSync(page, 'Acme Holdings')
  const firstUrl = new URL(page.url())
  await expect(
    page.getByText('Sync completed. No longer updating.'),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Sync Acme Holdings' }).click()
  // It synced cleanly seconds ago, so the page asks before a second one.
  await page.getByRole('button', { name: 'Start anyway' }).click()
  await expect(page).not.toHaveURL(firstUrl.href)
  // Once the second sync is over, xPnA's list names it, not the first.
  await expect(
    page.getByText('Sync completed. No longer updating.'),
  ).toBeVisible()

  await page.goto(firstUrl.pathname)

  await expect(
    page.getByRole('heading', { name: 'Acme Holdings sync' }),
  ).toBeVisible()
  await expect(
    page.getByText('Sync completed. No longer updating.'),
  ).toBeVisible()
  await expect(
    page.getByRole('button', { name: 'Sync Acme Holdings' }),
  ).toBeVisible()
})

test('the tab title carries a running sync’s progress, then its outcome', async ({
  page,
  request,
}) => {
  await resetSimulator(request, undefined, 2_000)

  await startSync(page, 'Acme Holdings')

  await expect(page).toHaveTitle(/^\d of \d steps done · Acme Holdings · xPnA$/)
  await expect(page).toHaveTitle('Completed · Acme Holdings · xPnA', {
    timeout: 20_000,
  })
})

test('a sync stuck in an undocumented status stops being watched after 30 minutes, and can resume', async ({
  page,
  request,
}) => {
  // Ten-second steps: queued for 3 s, then "reconciling" for 40 s on the
  // simulator's own clock while the page's clock jumps ahead.
  await resetSimulator(request, undefined, 10_000)
  await useScenario(request, 'odd-status', { routes: ['status'] })
  await page.clock.install()
  const count = countStatusRequests(page)
  await startSync(page, 'Acme Holdings')
  await expect(
    page
      .getByRole('banner')
      .or(page.locator('header'))
      .getByText('reconciling')
      .first(),
  ).toBeVisible()

  await page.clock.fastForward('31:00')

  const notice = page.getByText(
    'Stopped watching: xPnA has reported “reconciling” for over 30 minutes',
  )
  await expect(notice).toBeVisible()
  const whenStopped = count()
  await page.clock.fastForward('01:00')
  expect(count()).toBe(whenStopped)

  await page.getByRole('button', { name: 'Resume watching' }).click()

  await expect(notice).toBeHidden()
  await expect.poll(count).toBeGreaterThan(whenStopped)
})

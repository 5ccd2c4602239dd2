import { expect, test } from '@playwright/test'

import { expectNoSeriousA11yViolations } from './support/axe.ts'
import { LEDGER_OFF_PORT } from './support/constants.ts'
import { resetSimulator } from './support/simulator.ts'

// The one server started with XPNA_LEDGER=off.
test.use({ baseURL: `http://127.0.0.1:${LEDGER_OFF_PORT}` })

test.beforeEach(async ({ request }) => {
  await resetSimulator(request)
})

test('with the history switched off, no history view is offered and the connections work as before', async ({
  page,
}) => {
  const nav = page.getByRole('banner').getByRole('navigation', { name: 'Main' })

  await page.goto('/activity')

  await expect(
    page.getByText(
      'The sync history is switched off on this server (XPNA_LEDGER=off), so there is no activity to show.',
    ),
  ).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Activity' })).toHaveCount(0)
  // The notice above comes from the same answer the header's links wait for.
  await expect(nav.getByRole('link', { name: 'Connections' })).toBeVisible()
  await expect(nav.getByRole('link', { name: 'Activity' })).toHaveCount(0)
  await expectNoSeriousA11yViolations(page)

  await nav.getByRole('link', { name: 'Connections' }).click()
  await expect(page.getByRole('button', { name: /^Sync / })).toHaveCount(12)
  await expect(
    page
      .getByRole('row')
      .filter({ hasText: 'Acme Holdings' })
      .filter({ hasText: 'Healthy' }),
  ).toHaveCount(1)
  await page
    .getByRole('link', { name: 'Hooli Services LLC', exact: true })
    .click()

  await expect(
    page.getByRole('heading', { level: 1, name: 'Hooli Services LLC' }),
  ).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Latest sync' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Recent syncs' })).toHaveCount(
    0,
  )
})

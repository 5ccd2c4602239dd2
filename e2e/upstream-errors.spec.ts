import { expect, test } from '@playwright/test'

import { resetSimulator, useScenario } from './support/simulator.ts'

test.beforeEach(async ({ request }) => {
  await resetSimulator(request)
})

test('a rejected API key is shown with the upstream request id', async ({
  page,
  request,
}) => {
  await useScenario(request, 'unauthorized')

  await page.goto('/')

  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Could not load the connections')
  await expect(alert).toContainText('401')
  await expect(alert).toContainText(
    /Request ID\s*00-[0-9a-f]{32}-[0-9a-f]{16}-00/,
  )
})

test('a failed sync start is explained beside its button', async ({
  page,
  request,
}) => {
  await page.goto('/')
  await useScenario(request, 'server-error', { routes: ['start'] })

  await page.getByRole('button', { name: 'Sync Acme Holdings' }).click()

  await expect(page.getByRole('alert')).toContainText('Could not start')
  await expect(page.getByRole('alert')).toContainText('Request ID')
  await expect(page).toHaveURL(/\/$/)
})

test('an answer in an unexpected shape is reported, not shown as empty', async ({
  page,
  request,
}) => {
  await useScenario(request, 'malformed-json', { routes: ['list'] })

  await page.goto('/')

  await expect(page.getByRole('alert')).toContainText('not valid JSON')
})

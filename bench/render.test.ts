import type { Page } from '@playwright/test'
import { afterAll, expect, test } from 'vitest'

import { runRender, timeKeystrokes } from './render.ts'
import { openBenchPage } from './support/chromium.ts'
import { createBenchContext } from './support/context.ts'
import { BENCH_PORTS, TEST_OFFSET } from './support/ports.ts'

const ctx = createBenchContext()
afterAll(() => ctx.close())

// Stands in for the overview until it has a search box: a searchbox named
// as PRODUCT.md fixes it, filtering rows that link to connections.
const SEARCHABLE_ROWS = `
  <input type="search" aria-label="Search connections">
  <table><tbody>
    <tr><th><a href="/connections/1">Acme Holdings</a></th></tr>
    <tr><th><a href="/connections/2">Zenith Labs</a></th></tr>
  </tbody></table>
  <script>
    const box = document.querySelector('input')
    const body = document.querySelector('tbody')
    const rows = [...body.children]
    box.addEventListener('input', () => {
      const query = box.value.toLowerCase()
      body.replaceChildren(
        ...rows.filter((row) => row.textContent.toLowerCase().includes(query)),
      )
    })
  </script>`

async function pageWithSearch(): Promise<Page> {
  const browser = await ctx.browser()
  const page = await openBenchPage(await browser.newContext())
  await page.setContent(SEARCHABLE_ROWS)
  return page
}

test('times each keystroke from the key to the rows it changed', async () => {
  const page = await pageWithSearch()

  const times = await timeKeystrokes(page, 4)

  expect(times).toHaveLength(4)
  for (const ms of times ?? []) {
    expect(ms).toBeGreaterThan(0)
    expect(ms).toBeLessThan(5_000)
  }
}, 30_000)

test('measures the first row for each size, and keystrokes when it can', async () => {
  const figures = await runRender(ctx, {
    port: BENCH_PORTS.render + TEST_OFFSET,
    sizes: [12, 40],
    samples: 1,
    keystrokes: 2,
  })
  const [firstRow, keystroke] = figures

  expect(figures).toHaveLength(2)
  expect(firstRow?.name).toBe('First row, 40 connections')
  expect(firstRow?.value?.unit).toBe('ms')
  expect(firstRow?.value?.amount).toBeGreaterThan(0)
  expect(firstRow?.baseline?.amount).toBeGreaterThan(0)
  // The overview gains its search box in other work; either way the row
  // says what it found.
  const keystrokeOutcome = keystroke?.value
    ? keystroke.score?.kind
    : keystroke?.note
  expect(['frames', 'n/a: no search box']).toContain(keystrokeOutcome)
}, 90_000)

import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
} from '@playwright/test'

import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.ts'

/** Headless Chromium, found and flagged as playwright.config.ts does. */
export async function launchChromium(): Promise<Browser> {
  const choice = findChromium()

  if (!choice) {
    throw new Error(
      "No Chromium for the benchmarks: install Debian's chromium package or set CHROMIUM_PATH.",
    )
  }

  return chromium.launch({
    executablePath: choice.executablePath ?? undefined,
    args: CHROMIUM_ARGS,
  })
}

// tsx compiles with esbuild's keepNames, which wraps named inner functions
// in a `__name` helper that exists only in Node. Functions handed to the
// page as source need a stand-in there.
const NAME_HELPER = 'globalThis.__name = (fn) => fn'

/** A page that can run this project's functions through `evaluate`. */
export async function openBenchPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await page.addInitScript({ content: NAME_HELPER })
  await page.evaluate(NAME_HELPER)

  return page
}

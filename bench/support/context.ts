import type { Browser } from '@playwright/test'

import { buildApp, makeScratchDir } from './build.ts'
import { launchChromium } from './chromium.ts'

/** What the benchmarks of one run share, each made on first use. */
export interface BenchContext {
  /** The dashboard, built once per run into a scratch folder. */
  appDir(): Promise<string>
  browser(): Promise<Browser>
  /** An empty folder, removed by `close()`. */
  scratchDir(label: string): Promise<string>
  close(): Promise<void>
}

export function createBenchContext(): BenchContext {
  const removals: Array<() => Promise<void>> = []
  let app: Promise<string> | undefined
  let browser: Promise<Browser> | undefined

  async function scratchDir(label: string) {
    const scratch = await makeScratchDir(label)
    removals.push(scratch.remove)
    return scratch.dir
  }

  return {
    appDir() {
      app ??= scratchDir('app').then(async (dir) => {
        await buildApp(dir)
        return dir
      })
      return app
    },
    browser() {
      browser ??= launchChromium()
      return browser
    },
    scratchDir,
    async close() {
      await (await browser?.catch(() => null))?.close()
      await Promise.all(removals.map((remove) => remove()))
    },
  }
}

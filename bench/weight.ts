import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

import type { Browser, Page } from '@playwright/test'

import { MIN_COMPRESS_BYTES } from '../server/compression.ts'
import { buildBarePage } from './support/build.ts'
import type { BenchContext } from './support/context.ts'
import { startDemoServer } from './support/demo-server.ts'
import { BENCH_PORTS } from './support/ports.ts'
import { connectionRows } from './support/rows.ts'
import { ratioFigure, type Figure } from './table.ts'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

export const WEIGHT_TARGET_RATIO = 1.8

export interface PageWeight {
  /** Paths of the scripts and stylesheets the first visit fetched. */
  files: string[]
  gzipBytes: number
  brotliBytes: number
}

/**
 * What a first visit to `/` downloads in JavaScript and CSS: the requests
 * Chromium makes, not what the build wrote, so lazy route chunks count
 * exactly when `/` loads them.
 */
export async function weighFirstVisit(options: {
  browser: Browser
  distDir: string
  port: number
  /** Resolves once the page has loaded what it needs to show itself. */
  waitUntilShown: (page: Page) => Promise<void>
}): Promise<PageWeight> {
  const server = await startDemoServer({
    port: options.port,
    distDir: options.distDir,
  })
  const context = await options.browser.newContext()

  try {
    const page = await context.newPage()
    const files = new Set<string>()
    page.on('request', (request) => {
      const type = request.resourceType()
      const { origin, pathname } = new URL(request.url())
      if (origin !== server.url) return
      if (type === 'script' || type === 'stylesheet') files.add(pathname)
    })
    await page.goto(`${server.url}/`)
    await options.waitUntilShown(page)
    await page.waitForLoadState('networkidle')
    const sizes = await Promise.all(
      [...files].map((path) => compressedSizes(join(options.distDir, path))),
    )

    return {
      files: [...files].toSorted(),
      gzipBytes: sizes.reduce((sum, size) => sum + size.gzip, 0),
      brotliBytes: sizes.reduce((sum, size) => sum + size.brotli, 0),
    }
  } finally {
    await context.close()
    await server.close()
  }
}

// The levels server/compression.ts answers with, and like it, small files
// go as they are.
async function compressedSizes(file: string) {
  const raw = await readFile(file)

  if (raw.length < MIN_COMPRESS_BYTES) {
    return { gzip: raw.length, brotli: raw.length }
  }
  const [gzipped, brotlied] = await Promise.all([
    gzipAsync(raw, { level: 9 }),
    brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
  ])

  return { gzip: gzipped.length, brotli: brotlied.length }
}

const kb = (bytes: number) => ({ amount: bytes / 1024, unit: 'KB' as const })

/** The two weight rows: the dashboard against the bare page, per coding. */
export function weightFigures(app: PageWeight, bare: PageWeight): Figure[] {
  const target = `≤ ${WEIGHT_TARGET_RATIO}× bare page`
  const isMet = (ratio: number) => ratio <= WEIGHT_TARGET_RATIO
  const note = `${app.files.length} files`

  return [
    ratioFigure({
      name: 'Weight of `/`, JS + CSS, gzip',
      value: kb(app.gzipBytes),
      baseline: kb(bare.gzipBytes),
      target,
      isMet,
      note,
    }),
    ratioFigure({
      name: 'Weight of `/`, JS + CSS, brotli',
      value: kb(app.brotliBytes),
      baseline: kb(bare.brotliBytes),
      target,
      isMet,
      note,
    }),
  ]
}

export async function runWeight(
  ctx: BenchContext,
  options: { port?: number } = {},
): Promise<Figure[]> {
  const port = options.port ?? BENCH_PORTS.weight
  const [appDir, bareDir, browser] = await Promise.all([
    ctx.appDir(),
    ctx.scratchDir('bare-page'),
    ctx.browser(),
  ])
  await buildBarePage(bareDir)
  const app = await weighFirstVisit({
    browser,
    distDir: appDir,
    port,
    waitUntilShown: (page) => connectionRows(page).first().waitFor(),
  })
  const bare = await weighFirstVisit({
    browser,
    distDir: bareDir,
    port,
    waitUntilShown: (page) =>
      page.getByRole('heading', { name: 'Bare React page' }).waitFor(),
  })

  return weightFigures(app, bare)
}

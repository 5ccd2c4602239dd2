import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..')

const BARE_PAGE_CONFIG = join(PROJECT_ROOT, 'bench/bare-page/vite.config.ts')

/** A folder under the system's temporary one, and a way to remove it. */
export async function makeScratchDir(label: string) {
  const dir = await mkdtemp(join(tmpdir(), `xpna-bench-${label}-`))

  return { dir, remove: () => rm(dir, { recursive: true, force: true }) }
}

/**
 * Builds the dashboard as `npx vite build` does, into `outDir` rather than
 * `dist/`, so a benchmark never replaces what `npm start` would serve.
 */
export function buildApp(outDir: string): Promise<void> {
  return runViteBuild(['--outDir', outDir])
}

/** Builds bench/bare-page: React 19 and one element, the weight baseline. */
export function buildBarePage(outDir: string): Promise<void> {
  return runViteBuild(['--config', BARE_PAGE_CONFIG, '--outDir', outDir])
}

function runViteBuild(args: string[]): Promise<void> {
  const argv = ['vite', 'build', '--logLevel', 'warn', '--emptyOutDir', ...args]

  return new Promise((done, fail) => {
    const child = spawn('npx', argv, {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    child.once('error', fail)
    child.once('exit', (code) => {
      if (code === 0) done()
      else fail(new Error(`npx ${argv.join(' ')} exited with ${code}`))
    })
  })
}

// `npm run test:e2e`: find or install a Chromium, build the app with a
// canary API key in the environment, then hand over to Playwright.
import { spawnSync } from 'node:child_process'

import { E2E_CANARY_KEY } from '../e2e/support/constants.ts'
import { findChromium } from './find-chromium.ts'

function run(command: string, args: string[], env = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  return result.status ?? 1
}

function canInstallWithApt() {
  const isRoot = process.getuid?.() === 0
  return isRoot && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0
}

function ensureChromium() {
  if (findChromium()) return
  if (!canInstallWithApt()) {
    console.error(
      'No Chromium for the end-to-end tests. Install one with:\n' +
        '  sudo apt-get install -y chromium\n' +
        'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    )
    process.exit(1)
  }
  console.log(
    "No Chromium found: installing Debian's chromium package with apt-get.",
  )
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const status =
    run('apt-get', ['update', '-qq'], env) ||
    run('apt-get', ['install', '-y', '-qq', 'chromium'], env)
  if (status !== 0 || !findChromium()) {
    console.error(
      'Installing chromium with apt-get failed; see the output above.',
    )
    process.exit(1)
  }
}

ensureChromium()

// The key is set while building so the test can prove it never reaches the
// bundle: only VITE_-prefixed variables may, and this one is not.
const buildStatus = run('npx', ['vite', 'build', '--logLevel', 'warn'], {
  ...process.env,
  XPNA_API_KEY: E2E_CANARY_KEY,
})
if (buildStatus !== 0) process.exit(buildStatus)

process.exit(run('npx', ['playwright', 'test', ...process.argv.slice(2)]))

import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { expect, test } from 'vitest'

import { sendRaw } from './testing/http-client.ts'

test('npm start stops cleanly on SIGTERM, finishing with exit code 0', async () => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/index.ts'],
    {
      env: { ...process.env, PORT: '0', XPNA_API_KEY: '', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )
  const lines = createInterface({ input: child.stdout })
  let address = ''
  for await (const line of lines) {
    const entry = JSON.parse(line) as { msg: string; address?: string }
    if (entry.msg === 'dashboard server started') {
      address = entry.address ?? ''
      break
    }
  }

  const health = await sendRaw(address, '/healthz')
  const stoppedAt = performance.now()
  child.kill('SIGTERM')
  const code = await exited

  expect(health.status).toBe(200)
  expect(code).toBe(0)
  expect(performance.now() - stoppedAt).toBeLessThan(3000)
}, 15_000)

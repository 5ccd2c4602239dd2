import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

/**
 * `npm start` in a process of its own on a free port, for a test that
 * must kill it the way a crash or an OOM killer would: no shutdown code
 * runs, nothing is flushed or closed.
 */
export async function spawnServer(env: Record<string, string>) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/index.ts'],
    {
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => resolve()),
  )
  // Every line is read, not only the first, so a full pipe never stalls it.
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const entry = JSON.parse(line) as { msg?: string; address?: string }
      if (entry.msg === 'dashboard server started') resolve(entry.address ?? '')
    })
    void exited.then(() => reject(new Error('The server exited on start.')))
  })

  return {
    url,
    async kill() {
      if (child.exitCode === null) child.kill('SIGKILL')
      await exited
    },
  }
}

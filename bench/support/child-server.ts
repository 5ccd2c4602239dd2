import { spawn } from 'node:child_process'

import { PROJECT_ROOT } from './build.ts'
import { sleep } from './visibility.ts'

export interface ChildServer {
  stop(): Promise<void>
}

/**
 * Runs `script` with tsx in its own Node process, as `npm start` would,
 * and resolves once `readyUrl` answers. Its output goes to /dev/null: a
 * deployed server's log lines are written, but not to a terminal.
 */
export async function startChildServer(
  script: string,
  env: Record<string, string>,
  readyUrl: string,
): Promise<ChildServer> {
  const child = spawn('node', ['--import', 'tsx', script], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8')
  })
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM')
    await exited
  }

  for (let waitedMs = 0; waitedMs < 30_000; waitedMs += 100) {
    if (child.exitCode !== null) break
    const isUp = await fetch(readyUrl).then(
      () => true,
      () => false,
    )
    if (isUp) return { stop }
    await sleep(100)
  }
  await stop()
  throw new Error(`${script} did not start:\n${stderr}`)
}

import { readConfig } from '../../server/config.ts'
import { startServer } from '../../server/index.ts'
import { createLogger } from '../../server/logger.ts'
import type { CallsSnapshot } from '../../server/simulator/call-log.ts'
import type { SyncStatusData } from '../../server/simulator/wire.ts'

export interface DemoServer {
  url: string
  /** The simulator's fresh demo workspace, as `POST /__simulator/reset`. */
  reset(shape: { connectionCount?: number; stepMs?: number }): Promise<void>
  /** Requests the simulator has received since the last reset, by route. */
  calls(): Promise<CallsSnapshot>
  /** Starts a sync the way the page does; returns its `syncId`. */
  startSync(entityId: string): Promise<string>
  /** A sync's status as the proxy returns it. */
  syncStatus(syncId: string): Promise<SyncStatusData>
  /** The workspace's connections as the proxy returns them. */
  connections(): Promise<Array<{ entityId: string; entityName: string }>>
  close(): Promise<void>
}

/**
 * `npm start` in demo mode, in this process: the proxy, the embedded
 * simulator and the built app from `distDir`, on `port` of 127.0.0.1.
 */
export async function startDemoServer(options: {
  port: number
  distDir: string
  stepMs?: number
}): Promise<DemoServer> {
  // Sync history stays in memory: a benchmark must not fill data/.
  process.env.XPNA_LEDGER_PATH ??= ':memory:'
  const config = readConfig({
    PORT: String(options.port),
    XPNA_SIMULATOR_STEP_MS: options.stepMs ? String(options.stepMs) : '',
  })
  const running = await startServer(config, {
    distDir: options.distDir,
    logger: createLogger({ level: 'silent' }),
  })
  const { url } = running

  return {
    url,
    async reset(shape) {
      await request(url, 'POST', '/__simulator/reset', shape)
    },
    calls: () =>
      request(url, 'GET', '/__simulator/calls') as Promise<CallsSnapshot>,
    async startSync(entityId) {
      const started = (await request(
        url,
        'POST',
        '/api/public/v1/connections/sync',
        { entityId },
      )) as { data: { syncId: string } }
      return started.data.syncId
    },
    async syncStatus(syncId) {
      const status = (await request(
        url,
        'GET',
        `/api/public/v1/connections/sync/${syncId}/status`,
      )) as { data: SyncStatusData }
      return status.data
    },
    async connections() {
      const list = (await request(
        url,
        'GET',
        '/api/public/v1/connections',
      )) as { data: Array<{ entityId: string; entityName: string }> }
      return list.data
    },
    close: () => running.close(),
  }
}

async function request(
  url: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<unknown> {
  // The write guard takes a start only from the dashboard's own origin.
  const headers = { origin: url, 'content-type': 'application/json' }
  const response = await fetch(
    `${url}${path}`,
    method === 'POST'
      ? { method, headers, body: JSON.stringify(body ?? {}) }
      : { method, headers },
  )

  if (!response.ok) {
    throw new Error(`${method} ${path} answered ${response.status}`)
  }

  return response.json()
}

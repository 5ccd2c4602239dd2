import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http'
import type { AddressInfo } from 'node:net'

import { createCallLog } from './call-log.ts'
import { handleControl, type ControlContext } from './control.ts'
import { createPendingAnswers } from './pending.ts'
import { createScenarioSwitch } from './scenarios.ts'
import { createSimulator } from './simulator.ts'
import { handleUpstream, type UpstreamContext } from './upstream-handler.ts'

export interface SimulatorServerOptions {
  stepMs: number
  /** Connections in the workspace; the demo's own by default. */
  connectionCount?: number
  /** When set, the API routes answer 401 unless `x-api-key` matches. */
  apiKey?: string | null
  host?: string
  /** 0 (the default) picks a free port. */
  port?: number
  now?: () => number
}

export interface SimulatorServer {
  /** `http://127.0.0.1:<port>` */
  url: string
  /** `url` + `/api/public/v1`, what `XPNA_API_URL` would be. */
  baseUrl: string
  /** The control API as a handler, for an app server to mount in-process. */
  control(req: IncomingMessage, res: ServerResponse): void
  /** Ends held answers and open sockets, then stops listening. */
  close(): Promise<void>
}

/** Runs the fake xPnA on its own loopback port. */
export async function startSimulatorServer(
  options: SimulatorServerOptions,
): Promise<SimulatorServer> {
  const now = options.now ?? Date.now
  const apiKey = options.apiKey || null
  const simulator = createSimulator({
    stepMs: options.stepMs,
    connectionCount: options.connectionCount,
    now,
  })
  const scenarios = createScenarioSwitch()
  const calls = createCallLog(apiKey)
  const pending = createPendingAnswers()
  const upstream: UpstreamContext = {
    simulator,
    scenarios,
    calls,
    pending,
    apiKey,
    now,
  }
  const controls: ControlContext = {
    simulator,
    scenarios,
    calls,
    pending,
    defaultStepMs: options.stepMs,
    defaultConnectionCount: simulator.listConnections().length,
  }
  const control = (req: IncomingMessage, res: ServerResponse) => {
    handleControl(controls, req, res).catch(() => res.destroy())
  }
  const server = createServer((req, res) => {
    if ((req.url ?? '').startsWith('/__simulator/')) return control(req, res)
    handleUpstream(upstream, req, res).catch(() => res.destroy())
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve)
  })
  const { address, port } = server.address() as AddressInfo
  const host = address.includes(':') ? `[${address}]` : address
  const url = `http://${host}:${port}`

  return {
    url,
    baseUrl: `${url}/api/public/v1`,
    control,
    close() {
      pending.cancelAll()
      server.closeAllConnections()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}

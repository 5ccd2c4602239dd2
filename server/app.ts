import type { IncomingMessage } from 'node:http'

import { readPerson } from './access.ts'
import type { Config } from './config.ts'
import { createLedger, type Ledger } from './ledger/ledger.ts'
import { toLedgerGet } from './ledger/ledger-upstream.ts'
import { splitTarget } from './http-io.ts'
import type { Logger } from './logger.ts'
import { createProxyHandler, type Middleware } from './proxy.ts'
import { sendProxyError } from './proxy-error.ts'

export interface DashboardMiddleware {
  /** Connect-style: the proxy, plus `/__simulator/*` in demo mode. */
  middleware: Middleware
  /** `host:port` the proxy forwards to; the embedded simulator in demo mode. */
  upstreamHost: string
  close(): Promise<void>
}

/**
 * The server side shared by `vite`, `vite preview` and `npm start`. In demo
 * mode it starts the simulator on a loopback port and proxies to it; in live
 * mode the simulator module is never loaded.
 */
export async function createDashboardMiddleware(
  config: Config,
  logger: Logger,
): Promise<DashboardMiddleware> {
  const simulator =
    config.mode === 'demo'
      ? await import('./simulator/server.ts').then((module) =>
          module.startSimulatorServer({
            stepMs: config.simulatorStepMs,
            connectionCount: config.simulatorConnectionCount ?? undefined,
          }),
        )
      : null
  const apiUrl = simulator?.baseUrl ?? config.apiUrl
  // Created after the proxy, whose read path it uses; starts reach it late.
  let ledger: Ledger | null = null
  const proxy = createProxyHandler({
    apiUrl,
    apiKey: config.apiKey,
    mode: config.mode,
    upstreamTimeoutMs: config.upstreamTimeoutMs,
    identityHeader: config.trustedIdentityHeader,
    logger,
    onSyncStarted: (start) => ledger?.noteStart(start),
  })
  const history = await createLedger({
    config,
    env: process.env,
    logger,
    get: toLedgerGet(proxy.read),
  })
  ledger = history

  const middleware: Middleware = (req, res, next) => {
    const { path } = splitTarget(req.url ?? '')
    if (!isSignedIn(config, req, path)) {
      logger.warn('refused: no identity from the sign-on gateway', {
        method: req.method,
        status: 401,
        mode: config.mode,
      })
      return sendProxyError(
        res,
        config.mode,
        401,
        'identity_required',
        'Open the dashboard through your company sign-on: this server only answers requests that pass through it.',
      )
    }
    if (path.startsWith('/ledger/')) return history.handle(req, res, next)
    if (path !== '/__simulator' && !path.startsWith('/__simulator/')) {
      return proxy(req, res, next)
    }
    if (simulator) {
      // A test that resets the simulator or picks a scenario expects the
      // next answer to come from that new state, not from a shared one.
      if (req.method === 'POST') proxy.forget()
      return simulator.control(req, res)
    }
    sendProxyError(
      res,
      config.mode,
      404,
      'not_found',
      'The simulator control API exists only in demo mode.',
    )
  }

  return {
    middleware,
    upstreamHost: new URL(apiUrl).host,
    async close() {
      history.close()
      await proxy.close()
      await simulator?.close()
    },
  }
}

// Load balancers probe /healthz without passing through the gateway.
function isSignedIn(config: Config, req: IncomingMessage, path: string) {
  const header = config.trustedIdentityHeader

  if (header === null || path === '/healthz') return true
  return readPerson(req.headersDistinct, header) !== null
}

/**
 * The one start-up line: mode, upstream host, whether a key is set and,
 * from `npm start`, who may reach the server.
 */
export function logStartup(
  logger: Logger,
  config: Config,
  dashboard: DashboardMiddleware,
  where: { address?: string; access?: string } = {},
) {
  logger.info('dashboard server started', {
    mode: config.mode,
    upstreamHost: dashboard.upstreamHost,
    hasKey: config.apiKey !== null,
    address: where.address,
    access: where.access,
  })
}

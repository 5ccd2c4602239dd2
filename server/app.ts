import type { Config } from './config.ts'
import { createLedger } from './ledger/ledger.ts'
import { createLedgerUpstream } from './ledger/ledger-upstream.ts'
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
          module.startSimulatorServer({ stepMs: config.simulatorStepMs }),
        )
      : null
  const apiUrl = simulator?.baseUrl ?? config.apiUrl
  const proxy = createProxyHandler({
    apiUrl,
    apiKey: config.apiKey,
    mode: config.mode,
    upstreamTimeoutMs: config.upstreamTimeoutMs,
    logger,
  })

  const ledgerUpstream = createLedgerUpstream({
    apiUrl,
    apiKey: config.apiKey,
    timeoutMs: config.upstreamTimeoutMs,
  })
  const ledger = await createLedger({
    config,
    env: process.env,
    logger,
    get: ledgerUpstream.get,
  })

  const middleware: Middleware = (req, res, next) => {
    const { path } = splitTarget(req.url ?? '')
    if (path.startsWith('/ledger/')) return ledger.handle(req, res, next)
    if (path !== '/__simulator' && !path.startsWith('/__simulator/')) {
      return proxy(req, res, next)
    }
    if (simulator) return simulator.control(req, res)
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
      ledger.close()
      await ledgerUpstream.close()
      await proxy.close()
      await simulator?.close()
    },
  }
}

/** The one start-up line: mode, upstream host and whether a key is set. */
export function logStartup(
  logger: Logger,
  config: Config,
  dashboard: DashboardMiddleware,
  address?: string,
) {
  logger.info('dashboard server started', {
    mode: config.mode,
    upstreamHost: dashboard.upstreamHost,
    hasKey: config.apiKey !== null,
    address,
  })
}

import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

import { decideAccess, describeAccess } from './access.ts'
import { createDashboardMiddleware, logStartup } from './app.ts'
import { readConfig, type Config } from './config.ts'
import { splitTarget, writeJson } from './http-io.ts'
import { createLogger, type Logger } from './logger.ts'
import { SECURITY_HEADERS } from './security-headers.ts'
import { createStaticHandler } from './static-files.ts'

export interface RunningServer {
  /** `http://host:port`, with the port actually bound. */
  url: string
  server: Server
  close(): Promise<void>
}

export interface StartOptions {
  logger?: Logger
  /** Defaults to `dist/` at the project root. */
  distDir?: string
}

// Long enough for a sync start in flight to be answered; hung upstream
// calls are cut by the proxy's own deadline anyway.
const SHUTDOWN_GRACE_MS = 5_000

/** The production server: the proxy, `/healthz`, then the built app. */
export async function startServer(
  config: Config,
  options: StartOptions = {},
): Promise<RunningServer> {
  const access = decideAccess(config)
  const logger =
    options.logger ??
    createLogger({ level: process.env.LOG_LEVEL, secrets: [config.apiKey] })
  const distDir = resolve(
    options.distDir ?? join(import.meta.dirname, '..', 'dist'),
  )
  const dashboard = await createDashboardMiddleware(config, logger)
  const serveStatic = createStaticHandler(distDir)
  const health = { status: 'ok', mode: config.mode }
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      res.setHeader(name, value)
    }
    dashboard.middleware(req, res, () => {
      if (splitTarget(req.url ?? '').path === '/healthz') {
        return writeJson(res, 200, health, { 'cache-control': 'no-store' })
      }
      // Static files log only when they fail.
      serveStatic(req, res).catch((err: unknown) => {
        logger.error('static file failed', { err, method: req.method })
        if (!res.headersSent) res.writeHead(500).end()
        else res.destroy()
      })
    })
  })

  try {
    await new Promise<void>((done, fail) => {
      server.once('error', fail)
      server.listen(config.port, config.host, done)
    })
  } catch (err) {
    await dashboard.close()
    throw err
  }
  const { address, port } = server.address() as AddressInfo
  const url = `http://${address.includes(':') ? `[${address}]` : address}:${port}`
  logStartup(logger, config, dashboard, {
    address: url,
    access: describeAccess(access),
  })
  if (!existsSync(join(distDir, 'index.html'))) {
    logger.warn('no built app: run `npm run build` before `npm start`', {
      distDir,
    })
  }

  return {
    url,
    server,
    async close() {
      const closed = new Promise((done) => server.close(done))
      const force = setTimeout(
        () => server.closeAllConnections(),
        SHUTDOWN_GRACE_MS,
      )
      await closed
      clearTimeout(force)
      await dashboard.close()
    },
  }
}

async function main() {
  const config = readConfig()
  const logger = createLogger({
    level: process.env.LOG_LEVEL,
    secrets: [config.apiKey],
  })
  const running = await startServer(config, { logger })

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      // Warn, so an unexpected stop still shows at LOG_LEVEL=warn.
      logger.warn('dashboard server stopping', { signal })
      void running.close()
    })
  }
}

const isEntryPoint =
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(resolve(process.argv[1])).href

if (isEntryPoint) {
  main().catch((err: unknown) => {
    const logger = createLogger({
      level: process.env.LOG_LEVEL,
      secrets: [process.env.XPNA_API_KEY],
    })
    logger.error('start-up failed', { err })
    process.exitCode = 1
  })
}

import type { Plugin } from 'vite'

import {
  createDashboardMiddleware,
  logStartup,
  type DashboardMiddleware,
} from './app.ts'
import { readConfig } from './config.ts'
import { createLogger } from './logger.ts'

/**
 * Mounts the proxy (and in demo mode the simulator) in `vite` and
 * `vite preview`, ahead of Vite's own middlewares. A plain `use(fn)` leaves
 * `req.url` as the raw request target, which the proxy's route rules need.
 */
export default function dashboardServer(): Plugin {
  let dashboard: DashboardMiddleware | null = null

  async function start() {
    const config = readConfig()
    const logger = createLogger({
      level: process.env.LOG_LEVEL,
      secrets: [config.apiKey],
    })
    dashboard = await createDashboardMiddleware(config, logger)
    logStartup(logger, config, dashboard)
    return dashboard
  }

  async function stop() {
    await dashboard?.close()
    dashboard = null
  }

  return {
    name: 'xpna-dashboard-server',
    async configureServer(server) {
      server.middlewares.use((await start()).middleware)
    },
    async configurePreviewServer(server) {
      server.middlewares.use((await start()).middleware)
    },
    closeServer: stop,
    closePreviewServer: stop,
  }
}

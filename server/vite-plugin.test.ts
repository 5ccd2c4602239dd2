import type { PreviewServer, ViteDevServer } from 'vite'
import { afterEach, expect, test, vi } from 'vitest'

import type { Middleware } from './proxy.ts'
import dashboardServer from './vite-plugin.ts'

afterEach(() => {
  vi.unstubAllEnvs()
})

test('mounts the dashboard middleware in the dev and preview servers and closes it with them', async () => {
  vi.stubEnv('XPNA_API_KEY', '')
  vi.stubEnv('LOG_LEVEL', 'silent')
  const mounted: Middleware[] = []
  const server = { middlewares: { use: (fn: Middleware) => mounted.push(fn) } }
  const plugin = dashboardServer()

  const configure = plugin.configureServer as (
    s: ViteDevServer,
  ) => Promise<void>
  await configure(server as unknown as ViteDevServer)
  const closeDev = plugin.closeServer as () => Promise<void>
  await closeDev()
  const preview = plugin.configurePreviewServer as (
    s: PreviewServer,
  ) => Promise<void>
  await preview(server as unknown as PreviewServer)
  const closePreview = plugin.closePreviewServer as () => Promise<void>
  await closePreview()

  expect(plugin.name).toBe('xpna-dashboard-server')
  expect(mounted).toHaveLength(2)
  expect(mounted.every((fn) => typeof fn === 'function')).toBe(true)
})

import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Mode } from '../config.ts'
import { createLogger } from '../logger.ts'
import { createProxyHandler } from '../proxy.ts'

/** The proxy alone on a loopback port; `next()` answers 418 so a test can
 * see a target was passed on. Log lines are kept, never printed. */
export async function startTestProxy(options: {
  apiUrl: string
  apiKey: string | null
  mode?: Mode
  upstreamTimeoutMs?: number
}) {
  const lines: string[] = []
  const proxy = createProxyHandler({
    apiUrl: options.apiUrl,
    apiKey: options.apiKey,
    mode: options.mode ?? (options.apiKey ? 'live' : 'demo'),
    upstreamTimeoutMs: options.upstreamTimeoutMs ?? 2000,
    // No secrets list on purpose: the proxy must keep the key out of its
    // fields by itself, without the logger's last-resort scrub.
    logger: createLogger({ sink: (line) => lines.push(line) }),
  })
  const server = createServer((req, res) =>
    proxy(req, res, () => res.writeHead(418).end('passed on')),
  )

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    lines,
    forget: () => proxy.forget(),
    async close() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      await proxy.close()
    },
  }
}

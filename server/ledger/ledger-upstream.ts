import type { UpstreamResult } from '../upstream-client.ts'
import { parseRetryAfterMs } from './retry-after.ts'
import type { UpstreamGet } from './watcher.ts'

/**
 * The watcher's reads, made through the proxy's own read path so they
 * share its answers with the browsers: watching costs xPnA almost nothing
 * while people are looking at the same data.
 */
export function toLedgerGet(
  read: (path: string) => Promise<UpstreamResult>,
): UpstreamGet {
  return async (path) => {
    const result = await read(path)
    if (!result.ok) return { status: 0, body: null, retryAfterMs: null }
    const retryAfter = result.headers['retry-after']
    return {
      status: result.status,
      body: parseJson(result.body),
      retryAfterMs: parseRetryAfterMs(
        typeof retryAfter === 'string' ? retryAfter : null,
      ),
    }
  }
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown
  } catch {
    return null
  }
}

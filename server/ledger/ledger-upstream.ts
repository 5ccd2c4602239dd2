import { parseRetryAfterMs } from './retry-after.ts'
import { createUpstreamClient } from '../upstream-client.ts'
import type { UpstreamGet } from './watcher.ts'

interface LedgerUpstreamOptions {
  apiUrl: string
  apiKey: string | null
  timeoutMs: number
}

/**
 * GETs for the watcher, with the same client rules as the proxy: the key
 * added here, no redirects followed, one deadline per request.
 */
export function createLedgerUpstream(options: LedgerUpstreamOptions) {
  const client = createUpstreamClient({
    apiUrl: options.apiUrl,
    timeoutMs: options.timeoutMs,
    maxBodyBytes: 32 * 1024 * 1024,
  })

  const get: UpstreamGet = async (path) => {
    const result = await client.send({
      url: `${options.apiUrl}${path}`,
      method: 'GET',
      headers: {
        accept: 'application/json',
        ...(options.apiKey ? { 'x-api-key': options.apiKey } : {}),
      },
    })
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

  return { get, close: () => client.close() }
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown
  } catch {
    return null
  }
}

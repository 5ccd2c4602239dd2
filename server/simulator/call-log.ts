import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

import type { SimRoute } from './scenarios.ts'

export type CallRoute = SimRoute | 'unmatched'

/** absent: no header; valid/invalid: checked against the simulator's key;
 * present: sent, but the simulator has no key to check it against. */
export type ApiKeySeen = 'absent' | 'valid' | 'invalid' | 'present'

export interface LastCall {
  /** The raw request target, query string included. */
  target: string
  headers: Record<string, string>
  apiKey: ApiKeySeen
  /** How many `x-api-key` header lines arrived; a proxy must send one. */
  apiKeyHeaderCount: number
}

export interface CallsSnapshot {
  total: number
  counts: Record<CallRoute, number>
  last: Record<CallRoute, LastCall | null>
}

const ROUTES: CallRoute[] = ['list', 'start', 'status', 'unmatched']
// The values stay out of the log so it can be shown to a browser.
const SECRET_HEADERS = new Set(['x-api-key', 'authorization', 'cookie'])

export interface CallLog {
  /** Records the call and tells how its `x-api-key` compares. */
  record(route: CallRoute, req: IncomingMessage): ApiKeySeen
  snapshot(): CallsSnapshot
  reset(): void
}

export function createCallLog(apiKey: string | null): CallLog {
  let snapshot = emptySnapshot()

  return {
    record(route, req) {
      const headers: Record<string, string> = {}
      for (const [name, value] of Object.entries(req.headers)) {
        const text = Array.isArray(value) ? value.join(', ') : (value ?? '')
        headers[name] = SECRET_HEADERS.has(name) ? '[redacted]' : text
      }
      const apiKeyHeaderCount = req.rawHeaders.filter(
        (item, index) => index % 2 === 0 && item.toLowerCase() === 'x-api-key',
      ).length
      const apiKeySeen = compareKey(req.headers['x-api-key'], apiKey)
      snapshot.total += 1
      snapshot.counts[route] += 1
      snapshot.last[route] = {
        target: req.url ?? '',
        headers,
        apiKey: apiKeySeen,
        apiKeyHeaderCount,
      }
      return apiKeySeen
    },
    snapshot: () => structuredClone(snapshot),
    reset() {
      snapshot = emptySnapshot()
    },
  }
}

function compareKey(
  sent: string | string[] | undefined,
  expected: string | null,
): ApiKeySeen {
  if (sent === undefined) return 'absent'
  if (Array.isArray(sent)) return 'invalid'
  if (expected === null) return 'present'
  const a = Buffer.from(sent)
  const b = Buffer.from(expected)

  return a.length === b.length && timingSafeEqual(a, b) ? 'valid' : 'invalid'
}

function emptySnapshot(): CallsSnapshot {
  return {
    total: 0,
    counts: Object.fromEntries(
      ROUTES.map((r) => [r, 0]),
    ) as CallsSnapshot['counts'],
    last: Object.fromEntries(
      ROUTES.map((r) => [r, null]),
    ) as CallsSnapshot['last'],
  }
}

import type { IncomingHttpHeaders } from 'node:http'

import { splitTarget, type HeaderMap } from './http-io.ts'

export type RouteName = 'list' | 'start' | 'status'

export interface ApiRoute {
  name: RouteName
  method: 'GET' | 'POST'
  /** The matched pattern, safe to log: `GET /connections/sync/:syncId/status`. */
  pattern: string
  syncId?: string
}

export type RouteMatch =
  | { ok: true; route: ApiRoute }
  | { ok: false; code: 'not_found' | 'method_not_allowed' }

const PREFIX = '/api/public/v1'
const ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/
const STATUS_PATH = /^\/api\/public\/v1\/connections\/sync\/([^/]*)\/status$/

/**
 * Whether the proxy owns this raw target: anything under `/api/`, plus any
 * target that is not origin-form (`http://host/...`, `*`), which no browser
 * sends to its own origin and which must never fall through to other code.
 */
export function isProxyTarget(rawTarget: string): boolean {
  const { path } = splitTarget(rawTarget)

  return path === '/api' || path.startsWith('/api/') || !path.startsWith('/')
}

/**
 * Matches the raw target, undecoded and unnormalised, against the three
 * upstream routes. The query string is ignored (it is never forwarded).
 */
export function matchRoute(method: string, rawTarget: string): RouteMatch {
  const { path } = splitTarget(rawTarget)
  const route = routeForPath(path)

  if (!route) return { ok: false, code: 'not_found' }
  if (route.method !== method) return { ok: false, code: 'method_not_allowed' }

  return { ok: true, route }
}

function routeForPath(path: string): ApiRoute | null {
  if (path === `${PREFIX}/connections`) {
    return { name: 'list', method: 'GET', pattern: 'GET /connections' }
  }
  if (path === `${PREFIX}/connections/sync`) {
    return { name: 'start', method: 'POST', pattern: 'POST /connections/sync' }
  }
  const syncId = STATUS_PATH.exec(path)?.[1]
  if (syncId !== undefined && isValidId(syncId)) {
    return {
      name: 'status',
      method: 'GET',
      pattern: 'GET /connections/sync/:syncId/status',
      syncId,
    }
  }

  return null
}

/** An `entityId` or `syncId`: 1 to 128 letters, digits, `-` or `_`. */
export function isValidId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value)
}

/** Builds the upstream URL from the route's template, never the client path. */
export function toUpstreamUrl(route: ApiRoute, apiUrl: string): string {
  switch (route.name) {
    case 'list':
      return `${apiUrl}/connections`
    case 'start':
      return `${apiUrl}/connections/sync`
    case 'status':
      return `${apiUrl}/connections/sync/${route.syncId ?? ''}/status`
  }
}

// Everything else, credentials and hop-by-hop headers included, stays behind.
const REQUEST_HEADERS = ['accept', 'accept-language', 'user-agent']

export function pickRequestHeaders(
  incoming: IncomingHttpHeaders,
  route: ApiRoute,
  apiKey: string | null,
): HeaderMap {
  const headers: HeaderMap = {}

  for (const name of REQUEST_HEADERS) {
    const value = incoming[name]
    if (typeof value === 'string') headers[name] = value
  }
  // The proxy re-serialises the body it validated, so it owns its type.
  if (route.method === 'POST') headers['content-type'] = 'application/json'
  if (apiKey) headers['x-api-key'] = apiKey

  return headers
}

const RESPONSE_HEADERS = new Set([
  'content-type',
  'retry-after',
  'cache-control',
  'x-request-id',
  'x-correlation-id',
])
const RATE_LIMIT_HEADER = /^(x-ratelimit-|ratelimit$|ratelimit-)/

export function pickResponseHeaders(
  upstream: Record<string, string | string[] | undefined>,
): HeaderMap {
  const headers: HeaderMap = {}

  for (const [rawName, value] of Object.entries(upstream)) {
    const name = rawName.toLowerCase()
    const isAllowed = RESPONSE_HEADERS.has(name) || RATE_LIMIT_HEADER.test(name)
    if (!isAllowed || value === undefined) continue
    headers[name] = Array.isArray(value) ? value.join(', ') : value
  }
  // A proxied answer describes one workspace at one moment: no shared caches.
  headers['cache-control'] ??= 'no-store'

  return headers
}

import { MAX_CONNECTIONS } from './simulator/synthetic-seeds.ts'

export type Mode = 'demo' | 'live'

export interface Config {
  /** The workspace key; null means demo mode. Never log or echo it. */
  apiKey: string | null
  /** Upstream base URL without a trailing slash, e.g. `.../api/public/v1`. */
  apiUrl: string
  host: string
  port: number
  upstreamTimeoutMs: number
  mode: Mode
  /** Length of one simulated sync step; only read in demo mode. */
  simulatorStepMs: number
  /**
   * Connections in the demo workspace; null keeps the demo's own dozen.
   * Only read in demo mode, to try the dashboard at a large firm's scale.
   */
  simulatorConnectionCount: number | null
  /**
   * Lower-case name of the header a sign-on gateway sets to the person's
   * identity; null when no gateway is configured. When set, requests
   * without it are refused.
   */
  trustedIdentityHeader: string | null
  /** The operator chose to listen beyond loopback with a key and no sign-on. */
  allowUnauthenticated: boolean
}

export const DEFAULT_API_URL = 'https://xpna.app/api/public/v1'

// A sync is a short queue phase plus four steps (see simulator/sync-plan.ts),
// about 4.3 step lengths in all, so 3.5 s gives the ~15 s sync the demo wants.
export const DEFAULT_SIMULATOR_STEP_MS = 3500

type Env = Record<string, string | undefined>

/**
 * Reads the configuration from environment variables.
 * @throws Error with a message naming the variable when a value is invalid.
 */
export function readConfig(env: Env = process.env): Config {
  const apiKey = env.XPNA_API_KEY?.trim() || null

  return {
    apiKey,
    apiUrl: readApiUrl(env.XPNA_API_URL),
    host: env.HOST?.trim() || '127.0.0.1',
    port: readInteger(env, 'PORT', 4173, 0, 65535),
    upstreamTimeoutMs: readInteger(
      env,
      'XPNA_UPSTREAM_TIMEOUT_MS',
      15_000,
      1,
      600_000,
    ),
    mode: apiKey ? 'live' : 'demo',
    simulatorStepMs: readInteger(
      env,
      'XPNA_SIMULATOR_STEP_MS',
      DEFAULT_SIMULATOR_STEP_MS,
      1,
      600_000,
    ),
    simulatorConnectionCount: env.XPNA_SIMULATOR_CONNECTIONS?.trim()
      ? readInteger(env, 'XPNA_SIMULATOR_CONNECTIONS', 0, 0, MAX_CONNECTIONS)
      : null,
    trustedIdentityHeader: readHeaderName(env.XPNA_TRUSTED_IDENTITY_HEADER),
    allowUnauthenticated: readFlag(env, 'XPNA_ALLOW_UNAUTHENTICATED'),
  }
}

// An HTTP token (RFC 9110, section 5.6.2). Credential headers are refused:
// naming one would turn a secret into the logged identity of a person.
const HEADER_NAME = /^[a-z0-9!#$%&'*+.^_`|~-]+$/
const NOT_IDENTITY = new Set(['authorization', 'cookie', 'x-api-key', 'host'])

function readHeaderName(raw: string | undefined): string | null {
  const name = raw?.trim().toLowerCase()

  if (!name) return null
  if (!HEADER_NAME.test(name) || NOT_IDENTITY.has(name)) {
    throw new Error(
      `XPNA_TRUSTED_IDENTITY_HEADER must be the name of the header your sign-on gateway sets, such as x-forwarded-email; got "${name}".`,
    )
  }

  return name
}

function readFlag(env: Env, name: string): boolean {
  const raw = env[name]?.trim().toLowerCase()

  if (!raw || raw === 'false') return false
  if (raw === 'true') return true
  throw new Error(`${name} must be true or false; got "${raw}".`)
}

function readApiUrl(raw: string | undefined): string {
  const value = raw?.trim() || DEFAULT_API_URL
  let url: URL

  try {
    url = new URL(value)
  } catch {
    throw new Error(
      `XPNA_API_URL must be an absolute http(s) URL such as ${DEFAULT_API_URL}.`,
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`XPNA_API_URL must use http or https, not ${url.protocol}`)
  }
  // Credentials, a query or a fragment would be silently mixed into every
  // upstream request; refusing them keeps the upstream URL predictable.
  if (url.username || url.password || url.search || url.hash) {
    throw new Error(
      'XPNA_API_URL must not contain credentials, a query or a fragment.',
    )
  }

  return `${url.origin}${url.pathname}`.replace(/\/+$/, '')
}

function readInteger(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name]?.trim()

  if (!raw) return fallback
  const value = Number(raw)
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new Error(
      `${name} must be a whole number from ${min} to ${max}; got "${raw}".`,
    )
  }

  return value
}

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
  }
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

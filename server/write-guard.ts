import type { IncomingHttpHeaders } from 'node:http'

import { mediaTypeOf } from './proxy-body.ts'

export type WriteVerdict =
  | { ok: true }
  | {
      ok: false
      status: 403 | 415
      code: 'cross_site_write' | 'form_post_refused' | 'unsupported_media_type'
      message: string
    }

// What an HTML form, or any cross-site fetch without a CORS preflight, can
// send (the Fetch standard's CORS-safelisted types). A sync start in one of
// them can only be a forged write.
const FORM_TYPES = new Set([
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
])

/**
 * Decides whether a sync start may go upstream: it must come from the
 * dashboard's own pages and carry JSON. The key sits on the server, so a
 * forged write from another site would otherwise start syncs for real.
 */
export function judgeWrite(headers: IncomingHttpHeaders): WriteVerdict {
  const type = mediaTypeOf(headers['content-type'])

  if (!isSameOriginWrite(headers)) {
    return {
      ok: false,
      status: 403,
      code: 'cross_site_write',
      message: 'Syncs can only be started from the dashboard itself.',
    }
  }
  if (type === 'application/json') return { ok: true }
  if (type !== null && FORM_TYPES.has(type)) {
    return {
      ok: false,
      status: 403,
      code: 'form_post_refused',
      message: 'A sync cannot be started by a form post; send JSON.',
    }
  }

  return {
    ok: false,
    status: 415,
    code: 'unsupported_media_type',
    message: 'Send the sync request as JSON (content-type: application/json).',
  }
}

/**
 * True when the browser's own markers say the request comes from this
 * origin. Chromium, Firefox and Safari send `Origin` on every POST and
 * `Sec-Fetch-Site` on every request; a request with neither is refused,
 * since nothing then vouches for where it came from.
 */
export function isSameOriginWrite(headers: IncomingHttpHeaders): boolean {
  const site = headers['sec-fetch-site']
  const origin = headers.origin

  if (site === undefined && origin === undefined) return false
  if (site !== undefined && site !== 'same-origin') return false
  if (origin === undefined) return true

  return hostOf(origin) === headers.host?.toLowerCase()
}

// The scheme is not compared: behind a TLS-terminating gateway the browser
// says https while this server only ever sees plain http.
function hostOf(origin: string): string | null {
  try {
    const url = new URL(origin)
    return url.protocol === 'http:' || url.protocol === 'https:'
      ? url.host.toLowerCase()
      : null
  } catch {
    return null
  }
}

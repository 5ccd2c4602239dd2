import type { ServerResponse } from 'node:http'

import type { Mode } from './config.ts'
import { writeJson, type HeaderMap } from './http-io.ts'
import type { UpstreamFailure } from './upstream-client.ts'

export type ProxyErrorCode =
  | 'not_found'
  | 'method_not_allowed'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'cross_site_write'
  | 'form_post_refused'
  | 'identity_required'
  | 'invalid_json'
  | 'invalid_request'
  | 'upstream_timeout'
  | 'upstream_unreachable'
  | 'upstream_redirect'
  | 'upstream_too_large'
  | 'internal_error'

/** The one error shape the proxy itself answers with; `source` tells the
 * browser the message came from us, not from xPnA. */
export interface ProxyErrorBody {
  error: { code: ProxyErrorCode; message: string; source: 'proxy' }
}

export function sendProxyError(
  res: ServerResponse,
  mode: Mode,
  status: number,
  code: ProxyErrorCode,
  message: string,
  headers: HeaderMap = {},
) {
  const body: ProxyErrorBody = { error: { code, message, source: 'proxy' } }

  writeJson(res, status, body, {
    'cache-control': 'no-store',
    ...headers,
    'x-dashboard-mode': mode,
  })
}

/** Status, code and words for an upstream call that gave no answer. */
export function describeUpstreamFailure(
  failure: UpstreamFailure,
  timeoutMs: number,
) {
  const seconds = Number((timeoutMs / 1000).toFixed(1))
  const table = {
    timeout: [
      504,
      'upstream_timeout',
      `xPnA did not answer within ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
    ],
    unreachable: [
      502,
      'upstream_unreachable',
      'The dashboard server could not connect to xPnA.',
    ],
    too_large: [
      502,
      'upstream_too_large',
      'xPnA sent a response too large for the dashboard to relay.',
    ],
  } as const

  return table[failure]
}

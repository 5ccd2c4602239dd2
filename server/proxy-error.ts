import type { ServerResponse } from 'node:http'

import type { Mode } from './config.ts'
import { writeJson, type HeaderMap } from './http-io.ts'

export type ProxyErrorCode =
  | 'not_found'
  | 'method_not_allowed'
  | 'payload_too_large'
  | 'unsupported_media_type'
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

import type { HeaderMap } from '../http-io.ts'
import { errorBody, type Meta } from './wire.ts'

/** One simulated upstream answer, before it is written to a socket. */
export interface SimResponse {
  status: number
  headers: HeaderMap
  body: string
}

export function jsonResponse<Payload extends { meta: Meta }>(
  status: number,
  payload: Payload,
  headers: HeaderMap = {},
): SimResponse {
  return {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'x-request-id': payload.meta.requestId,
      ...headers,
    },
    body: JSON.stringify(payload),
  }
}

export function errorResponse(
  status: number,
  code: string,
  message: string,
  now: number,
  headers: HeaderMap = {},
): SimResponse {
  return jsonResponse(status, errorBody(code, message, now), headers)
}

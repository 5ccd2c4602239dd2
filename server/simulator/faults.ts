import { errorResponse, type SimResponse } from './responses.ts'
import type { ScenarioName } from './scenarios.ts'

// What a gateway in front of an API sends when the service behind it is down:
// HTML, no JSON envelope, no request id.
const BAD_GATEWAY_PAGE = `<!DOCTYPE html>
<html>
<head><title>502 Bad Gateway</title></head>
<body>
<h1>502 Bad Gateway</h1>
<p>The server returned an invalid or incomplete response.</p>
</body>
</html>
`

export function unauthorized(now: number): SimResponse {
  return errorResponse(
    401,
    'unauthorized',
    'The API key is missing, revoked or not valid for this workspace.',
    now,
  )
}

export function syncNotFound(now: number): SimResponse {
  const message = 'No sync in this workspace has that syncId.'
  return errorResponse(404, 'sync_not_found', message, now)
}

/** The canned answer of a scenario that replaces the real one, if it does. */
export function faultFor(name: ScenarioName, now: number): SimResponse | null {
  switch (name) {
    case 'unauthorized':
      return unauthorized(now)
    case 'forbidden':
      return errorResponse(
        403,
        'forbidden',
        'This API key may not read or sync connections in this workspace.',
        now,
      )
    case 'rate-limited':
      return errorResponse(
        429,
        'rate_limited',
        'Too many requests for this API key; retry after 2 seconds.',
        now,
        {
          'retry-after': '2',
          'x-ratelimit-limit': '120',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': '2',
        },
      )
    case 'server-error':
      return errorResponse(
        500,
        'internal_error',
        'An unexpected error occurred while processing the request.',
        now,
      )
    case 'bad-gateway-html':
      return {
        status: 502,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: BAD_GATEWAY_PAGE,
      }
    default:
      return null
  }
}

/** The same answer cut off halfway, as a dropped connection would leave it. */
export function truncate(response: SimResponse): SimResponse {
  return {
    ...response,
    body: response.body.slice(0, Math.floor(response.body.length / 2)),
  }
}

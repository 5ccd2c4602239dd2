import type { HeaderMap } from './http-io.ts'

// The built app is one module script and one stylesheet from /assets and
// calls only its own origin, so everything else can be refused. React sets
// style properties through the DOM, which `style-src 'self'` allows.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** Headers `npm start` puts on every answer. */
export const SECURITY_HEADERS: HeaderMap = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  // For browsers that predate `frame-ancestors`.
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  // Sync and entity ids in the address stay out of other sites' logs.
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
}

import type { Config } from './config.ts'

/** Who may reach the dashboard, decided once at start-up. */
export type Access =
  | { kind: 'loopback' }
  | { kind: 'identity-header'; header: string }
  | { kind: 'open-demo' }
  | { kind: 'open-by-choice' }

/** Whether `host` names this machine only (`localhost`, 127/8, `::1`). */
export function isLoopbackHost(host: string): boolean {
  const bare = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')

  return (
    bare === 'localhost' ||
    bare === '::1' ||
    /^(::ffff:)?127(\.\d{1,3}){3}$/.test(bare)
  )
}

/**
 * Decides who may reach the server. A real key on a non-loopback address
 * can start syncs for anyone who finds it, so that needs a sign-on gateway
 * or an explicit opt-out.
 * @throws Error naming both ways out when neither is configured.
 */
export function decideAccess(config: Config): Access {
  if (config.trustedIdentityHeader) {
    return { kind: 'identity-header', header: config.trustedIdentityHeader }
  }
  if (isLoopbackHost(config.host)) return { kind: 'loopback' }
  if (config.mode === 'demo') return { kind: 'open-demo' }
  if (config.allowUnauthenticated) return { kind: 'open-by-choice' }
  throw new Error(
    `Refusing to listen on ${config.host} with an API key and no sign-on: ` +
      'anyone who can reach it could start syncs. Put a sign-on gateway in ' +
      'front and set XPNA_TRUSTED_IDENTITY_HEADER to the header it sets ' +
      '(for example x-forwarded-email), or set XPNA_ALLOW_UNAUTHENTICATED=true ' +
      'to accept that risk, or bind to 127.0.0.1.',
  )
}

/** The start-up line's words for an access decision. */
export function describeAccess(access: Access): string {
  switch (access.kind) {
    case 'loopback':
      return 'loopback only: reachable from this machine'
    case 'identity-header':
      return `sign-on gateway: requests without the ${access.header} header get 401`
    case 'open-demo':
      return 'open to the network: demo mode, no key to protect'
    case 'open-by-choice':
      return 'open to the network without sign-on (XPNA_ALLOW_UNAUTHENTICATED=true)'
  }
}

const MAX_PERSON_LENGTH = 256

/**
 * The person a gateway vouches for, or null when the header is missing,
 * blank, repeated, too long or holds control characters (which could
 * forge extra log lines).
 */
export function readPerson(
  headersDistinct: Record<string, string[] | undefined>,
  header: string,
): string | null {
  const values = headersDistinct[header]

  if (values?.length !== 1) return null
  const person = values[0]?.trim() ?? ''
  const isClean =
    person !== '' &&
    person.length <= MAX_PERSON_LENGTH &&
    !hasControlCharacter(person)

  return isClean ? person : null
}

function hasControlCharacter(text: string): boolean {
  return [...text].some((char) => {
    const code = char.charCodeAt(0)
    return code < 0x20 || code === 0x7f
  })
}

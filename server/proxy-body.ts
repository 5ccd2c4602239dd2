import { isValidId } from './proxy-rules.ts'

export const MAX_BODY_BYTES = 16 * 1024

export type StartBodyResult =
  | { ok: true; entityId: string }
  | { ok: false; code: 'invalid_json' | 'invalid_request'; message: string }

/** The media type of a `content-type` value, lower case, without parameters. */
export function mediaTypeOf(value: string | undefined): string | null {
  return value?.split(';')[0]?.trim().toLowerCase() || null
}

/** `application/json`, with or without parameters such as a charset. */
export function isJsonContentType(value: string | undefined): boolean {
  return mediaTypeOf(value) === 'application/json'
}

/**
 * Checks a sync-start body and keeps only `entityId`, so nothing else a
 * client sends ever reaches upstream.
 */
export function parseStartBody(text: string): StartBodyResult {
  let parsed: unknown

  try {
    parsed = JSON.parse(text)
  } catch {
    return {
      ok: false,
      code: 'invalid_json',
      message: 'The request body is not valid JSON.',
    }
  }
  const entityId = isPlainObject(parsed) ? parsed.entityId : undefined
  if (!isValidId(entityId)) {
    return {
      ok: false,
      code: 'invalid_request',
      message:
        'The body must be a JSON object whose entityId is 1 to 128 letters, digits, "-" or "_".',
    }
  }

  return { ok: true, entityId }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

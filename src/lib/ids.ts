// The proxy accepts ids of 1 to 128 letters, digits, "-" and "_"; checking
// the same here lets a mistyped address say so instead of asking upstream.
const ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/

export class InvalidIdError extends Error {
  override name = 'InvalidIdError'
}

export function isValidId(value: string) {
  return ID_PATTERN.test(value)
}

/** Returns the id from a URL segment, or throws InvalidIdError naming it. */
export function parseIdParam(value: string, what: string) {
  if (!isValidId(value)) {
    throw new InvalidIdError(
      `"${value}" is not a valid ${what}: expected 1 to 128 letters, digits, "-" or "_".`,
    )
  }
  return value
}

/** An optional id from the query string; anything malformed is dropped. */
export function parseOptionalId(value: unknown) {
  return typeof value === 'string' && isValidId(value) ? value : undefined
}

import { expect, test } from 'vitest'

import { isJsonContentType, parseStartBody } from './proxy-body.ts'

test('accepts JSON content types with or without a charset', () => {
  expect(isJsonContentType('application/json')).toBe(true)
  expect(isJsonContentType('Application/JSON; charset=utf-8')).toBe(true)
  expect(isJsonContentType('application/x-www-form-urlencoded')).toBe(false)
  expect(isJsonContentType('text/plain')).toBe(false)
  expect(isJsonContentType(undefined)).toBe(false)
})

test('keeps only the entityId of a valid sync request', () => {
  const result = parseStartBody('{"entityId":"abc_DEF-123","extra":"dropped"}')

  expect(result).toEqual({ ok: true, entityId: 'abc_DEF-123' })
})

test('explains that a body which is not JSON is not JSON', () => {
  expect(parseStartBody('{"entityId":')).toEqual({
    ok: false,
    code: 'invalid_json',
    message: 'The request body is not valid JSON.',
  })
})

test.each([
  ['no entityId', '{}'],
  ['an empty entityId', '{"entityId":""}'],
  ['a numeric entityId', '{"entityId":42}'],
  ['a path in the entityId', '{"entityId":"../connections"}'],
  [
    'an entityId of 129 characters',
    JSON.stringify({ entityId: 'a'.repeat(129) }),
  ],
  ['an array body', '[{"entityId":"abc"}]'],
  ['a null body', 'null'],
  ['an entityId hidden behind __proto__', '{"__proto__":{"entityId":"abc"}}'],
  [
    'a later duplicate key smuggling a path',
    '{"entityId":"abc","entityId":"../x"}',
  ],
  ['an encoded slash', '{"entityId":"abc%2Fdef"}'],
  ['a look-alike Unicode letter', '{"entityId":"аbc"}'],
  ['a NUL byte', '{"entityId":"abc\\u0000"}'],
])('refuses a sync request with %s', (_, body) => {
  const result = parseStartBody(body)

  expect(result).toMatchObject({ ok: false, code: 'invalid_request' })
})

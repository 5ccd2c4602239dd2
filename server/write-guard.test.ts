import { expect, test } from 'vitest'

import { isSameOriginWrite, judgeWrite } from './write-guard.ts'

const HOST = 'dashboard.example:4173'
const JSON_TYPE = 'application/json'

test('accepts a JSON write that the browser marks as same-origin', () => {
  const verdict = judgeWrite({
    host: HOST,
    origin: `http://${HOST}`,
    'sec-fetch-site': 'same-origin',
    'content-type': `${JSON_TYPE}; charset=utf-8`,
  })

  expect(verdict).toEqual({ ok: true })
})

test('accepts an https Origin for the same host, as a TLS gateway forwards it', () => {
  expect(isSameOriginWrite({ host: HOST, origin: `https://${HOST}` })).toBe(
    true,
  )
})

test('accepts Sec-Fetch-Site alone, as a privacy extension may strip Origin', () => {
  expect(
    isSameOriginWrite({ host: HOST, 'sec-fetch-site': 'same-origin' }),
  ).toBe(true)
})

test.each([
  ['another site', { 'sec-fetch-site': 'cross-site' }],
  ['a sibling subdomain', { 'sec-fetch-site': 'same-site' }],
  ['a typed address or bookmark', { 'sec-fetch-site': 'none' }],
  ['a foreign Origin', { origin: 'https://evil.example' }],
  [
    'a foreign Origin with a same-origin claim',
    {
      origin: 'https://evil.example',
      'sec-fetch-site': 'same-origin',
    },
  ],
  [
    'the right host on another port',
    { origin: 'http://dashboard.example:8080' },
  ],
  ['an opaque Origin from a sandboxed frame', { origin: 'null' }],
  ['a file: Origin', { origin: 'file://' }],
  ['no Origin and no Sec-Fetch-Site', {}],
])('refuses a write from %s with 403', (_, markers) => {
  const verdict = judgeWrite({
    host: HOST,
    'content-type': JSON_TYPE,
    ...markers,
  })

  expect(verdict).toMatchObject({
    ok: false,
    status: 403,
    code: 'cross_site_write',
  })
})

test.each([
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'text/plain;charset=UTF-8',
])('refuses a same-origin form post of %s with 403', (type) => {
  const verdict = judgeWrite({
    host: HOST,
    'sec-fetch-site': 'same-origin',
    'content-type': type,
  })

  expect(verdict).toMatchObject({
    ok: false,
    status: 403,
    code: 'form_post_refused',
  })
})

test('answers another non-JSON content type with 415', () => {
  const verdict = judgeWrite({
    host: HOST,
    'sec-fetch-site': 'same-origin',
    'content-type': 'application/xml',
  })

  expect(verdict).toMatchObject({ ok: false, status: 415 })
})

import { expect, test } from 'vitest'

import {
  clearFilters,
  isNarrowed,
  parseOverviewSearch,
} from './overview-search.ts'

test('keeps a valid view from the address', () => {
  expect(
    parseOverviewSearch({
      q: 'globex',
      health: 'error',
      source: 'Xero',
      ready: 'stale',
      sort: 'lastSync',
      dir: 'desc',
    }),
  ).toEqual({
    q: 'globex',
    health: 'error',
    source: 'Xero',
    ready: 'stale',
    sort: 'lastSync',
    dir: 'desc',
  })
})

test('drops what it does not understand, so a mangled link still opens', () => {
  expect(
    parseOverviewSearch({
      q: '   ',
      health: 'on fire',
      source: ['Xero'],
      ready: 'maybe',
      sort: 'colour',
      dir: 'sideways',
    }),
  ).toEqual({})
})

test('leaves the defaults out so a shared link stays short', () => {
  expect(parseOverviewSearch({ sort: 'health', dir: 'asc' })).toEqual({})
})

test('reads a number typed as the search as text', () => {
  expect(parseOverviewSearch({ q: 3001 })).toEqual({ q: '3001' })
})

test('caps a very long search instead of refusing it', () => {
  expect(parseOverviewSearch({ q: 'x'.repeat(5000) }).q).toHaveLength(200)
})

test('clearing filters keeps the chosen sort', () => {
  const search = parseOverviewSearch({
    q: 'acme',
    health: 'error',
    sort: 'entity',
    dir: 'desc',
  })

  expect(isNarrowed(search)).toBe(true)
  expect(clearFilters(search)).toEqual({ sort: 'entity', dir: 'desc' })
  expect(isNarrowed(clearFilters(search))).toBe(false)
})

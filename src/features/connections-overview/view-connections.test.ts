import { expect, test } from 'vitest'

import type { Connection } from '../../api/connections.ts'
import {
  countByHealth,
  countByReadiness,
  filterRows,
  prepareRows,
  sortRows,
  sourceSystemsOf,
} from './view-connections.ts'

const now = new Date('2026-12-04T09:00:00Z')
const cutoff = new Date('2026-12-04T07:00:00Z')
const minutesAgo = (minutes: number) =>
  new Date(now.getTime() - minutes * 60_000)

function connection(overrides: Partial<Connection>): Connection {
  return {
    entityId: 'e-default',
    entityName: 'Default',
    hasError: false,
    isActive: true,
    isCurrentlySyncing: false,
    lastSyncId: 's-default',
    lastSyncStatus: 'completed',
    lastSyncAt: minutesAgo(30),
    nextScheduledSyncAt: minutesAgo(-30),
    sourceSystem: 'Xero',
    ...overrides,
  }
}

const workspace = [
  connection({
    entityId: 'e-acme',
    entityName: 'Acme Holdings',
    sourceSystem: 'QuickBooks',
  }),
  connection({
    entityId: 'e-globex',
    entityName: 'Globex UK Ltd',
    hasError: true,
    lastSyncStatus: 'failed',
  }),
  connection({
    entityId: 'e-north',
    entityName: 'Northwind Traders',
    isCurrentlySyncing: true,
    lastSyncStatus: 'running',
    sourceSystem: 'NetSuite',
  }),
  connection({
    entityId: 'e-initech',
    entityName: 'Initech Inc',
    isActive: false,
    lastSyncAt: minutesAgo(60 * 24 * 12),
    nextScheduledSyncAt: null,
    sourceSystem: 'QuickBooks',
  }),
  connection({
    entityId: 'e-vandelay',
    entityName: 'Vandelay Industries',
    lastSyncAt: minutesAgo(60 * 25),
    nextScheduledSyncAt: minutesAgo(25),
  }),
  connection({
    entityId: 'e-fabrikam',
    entityName: 'Fabrikam Manufacturing Inc',
    lastSyncId: null,
    lastSyncStatus: null,
    lastSyncAt: null,
    sourceSystem: null,
  }),
]

const rows = prepareRows(workspace, now, cutoff)
const names = (list: { connection: Connection }[]) =>
  list.map((row) => row.connection.entityName)

test('counts each connection once, in the bucket that needs a person most', () => {
  expect(countByHealth(rows)).toEqual({
    error: 1,
    syncing: 1,
    overdue: 1,
    inactive: 1,
    healthy: 2,
  })
})

test('puts what needs attention first, then by name', () => {
  expect(names(sortRows(rows))).toEqual([
    'Globex UK Ltd',
    'Vandelay Industries',
    'Northwind Traders',
    'Acme Holdings',
    'Fabrikam Manufacturing Inc',
    'Initech Inc',
  ])
})

test('sorts by any column both ways, keeping rows without a value last', () => {
  expect(names(sortRows(rows, 'lastSync', 'asc')).slice(0, 2)).toEqual([
    'Initech Inc',
    'Vandelay Industries',
  ])
  expect(names(sortRows(rows, 'lastSync', 'asc')).at(-1)).toBe(
    'Fabrikam Manufacturing Inc',
  )
  expect(names(sortRows(rows, 'lastSync', 'desc')).at(-1)).toBe(
    'Fabrikam Manufacturing Inc',
  )
  expect(names(sortRows(rows, 'entity', 'desc'))[0]).toBe('Vandelay Industries')
  expect(names(sortRows(rows, 'nextSync', 'asc'))[0]).toBe(
    'Vandelay Industries',
  )
  expect(names(sortRows(rows, 'source', 'asc')).slice(0, 3)).toEqual([
    'Northwind Traders',
    'Acme Holdings',
    'Initech Inc',
  ])
})

test('compares numbers inside names as numbers', () => {
  const numbered = prepareRows(
    [
      connection({ entityId: 'a', entityName: 'Ridge 10' }),
      connection({ entityId: 'b', entityName: 'Ridge 9' }),
    ],
    now,
    cutoff,
  )

  expect(names(sortRows(numbered, 'entity'))).toEqual(['Ridge 9', 'Ridge 10'])
})

test('searches name, entity id and source system, every word, any case', () => {
  expect(names(filterRows(rows, { q: 'globex' }))).toEqual(['Globex UK Ltd'])
  expect(names(filterRows(rows, { q: 'E-NORTH' }))).toEqual([
    'Northwind Traders',
  ])
  expect(names(filterRows(rows, { q: 'quickbooks inc' }))).toEqual([
    'Initech Inc',
  ])
  expect(filterRows(rows, { q: 'nothing like it' })).toEqual([])
})

test('narrows by health, source system and readiness together', () => {
  expect(names(filterRows(rows, { health: 'overdue' }))).toEqual([
    'Vandelay Industries',
  ])
  expect(names(filterRows(rows, { source: 'QuickBooks' }))).toEqual([
    'Acme Holdings',
    'Initech Inc',
  ])
  expect(
    names(filterRows(rows, { source: 'QuickBooks', health: 'healthy' })),
  ).toEqual(['Acme Holdings'])
  expect(names(filterRows(rows, { ready: 'stale' }))).toEqual([
    'Globex UK Ltd',
    'Vandelay Industries',
    'Fabrikam Manufacturing Inc',
  ])
})

test('calls fresh only a clean sync since the cut-off, and leaves inactive ones out', () => {
  expect(countByReadiness(rows)).toEqual({ fresh: 2, stale: 3 })
  expect(
    rows.find((r) => r.connection.entityId === 'e-initech')?.readiness,
  ).toBeNull()
  expect(rows.find((r) => r.connection.entityId === 'e-north')?.readiness).toBe(
    'fresh',
  )
})

test('lists each source system once, in name order', () => {
  expect(sourceSystemsOf(workspace)).toEqual(['NetSuite', 'QuickBooks', 'Xero'])
})

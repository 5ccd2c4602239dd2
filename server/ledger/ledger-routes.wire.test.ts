import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, expect, test } from 'vitest'

import { readConfig } from '../config.ts'
import { startServer, type RunningServer } from '../index.ts'
import { createLogger } from '../logger.ts'
import { stableId } from '../simulator/wire.ts'

const HOUR_MS = 60 * 60_000
const ACME = stableId('entity:Acme Holdings')
// A window of the seeded demo history that ends hours before the server
// starts, so no sync the watcher sees live can slip in between two reads.
const SINCE = new Date(Date.now() - 48 * HOUR_MS).toISOString()
const UNTIL = new Date(Date.now() - 6 * HOUR_MS).toISOString()
const WINDOW = `since=${SINCE}&until=${UNTIL}`

interface Listed {
  syncId: string
  entityId: string
  status: string
  startedAt: string
}

let server: RunningServer

beforeAll(async () => {
  server = await startServer(readConfig({ PORT: '0' }), {
    logger: createLogger({ level: 'silent' }),
    distDir: mkdtempSync(join(tmpdir(), 'dist-')),
  })
})

afterAll(async () => {
  await server.close()
})

async function listed(query: string) {
  const answer = await fetch(`${server.url}/ledger/v1/syncs?${query}`)
  const { data } = (await answer.json()) as { data: Listed[] }
  return data
}

test('asking for one connection’s syncs returns all of its syncs and no one else’s', async () => {
  const everyone = await listed(`${WINDOW}&limit=500`)
  const acme = await listed(`${WINDOW}&entityId=${ACME}&limit=500`)

  expect(everyone.length).toBeLessThan(500)
  expect(new Set(everyone.map((sync) => sync.entityId)).size).toBeGreaterThan(1)
  expect(acme.length).toBeGreaterThan(0)
  expect(acme.map((sync) => sync.syncId)).toEqual(
    everyone
      .filter((sync) => sync.entityId === ACME)
      .map((sync) => sync.syncId),
  )
})

test('asking for problems in a time window returns exactly the failed syncs that started in it', async () => {
  const everyone = await listed(`${WINDOW}&limit=500`)
  const problems = await listed(
    `${WINDOW}&status=failed&status=completed_with_errors&limit=500`,
  )

  expect(problems.length).toBeGreaterThan(0)
  expect(problems.map((sync) => sync.syncId)).toEqual(
    everyone
      .filter((sync) => sync.status !== 'completed')
      .map((sync) => sync.syncId),
  )
  expect(
    problems.every(
      (sync) => sync.startedAt >= SINCE && sync.startedAt <= UNTIL,
    ),
  ).toBe(true)
})

test('the CSV export of one connection holds one row per sync the list shows, and downloads as a file', async () => {
  const acme = await listed(`${WINDOW}&entityId=${ACME}&limit=500`)

  const answer = await fetch(
    `${server.url}/ledger/v1/syncs.csv?${WINDOW}&entityId=${ACME}&tz=Europe/London`,
  )
  const [header, ...rows] = (await answer.text()).trimEnd().split('\r\n')

  expect(answer.status).toBe(200)
  expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8')
  expect(answer.headers.get('content-disposition')).toMatch(
    /^attachment; filename="xpna-syncs-\d{4}-\d{2}-\d{2}\.csv"$/,
  )
  expect(header).toMatch(/^sync_id,entity_id,entity_name,/)
  expect(rows.map((row) => row.split(',')[0])).toEqual(
    acme.map((sync) => sync.syncId),
  )
  expect(rows.every((row) => row.split(',')[1] === ACME)).toBe(true)
  expect(rows.every((row) => /,Acme Holdings,/.test(row))).toBe(true)
})

test.each([
  ['entityId=..%2Fetc', 'entityId is not a valid id.'],
  ['since=yesterday', 'since must be an ISO date and time.'],
  ['status=failed&limit=0', 'limit must be a whole number of at least 1.'],
])(
  'a history request with %s is refused with 400 and says why',
  async (query, message) => {
    const answer = await fetch(`${server.url}/ledger/v1/syncs?${query}`)

    expect(answer.status).toBe(400)
    expect(await answer.json()).toMatchObject({ error: { message } })
  },
)

test('a CSV export in a made-up time zone is refused with 400 and names it', async () => {
  const answer = await fetch(
    `${server.url}/ledger/v1/syncs.csv?entityId=${ACME}&tz=Mars/Olympus`,
  )

  expect(answer.status).toBe(400)
  expect(await answer.json()).toMatchObject({
    error: { message: '"Mars/Olympus" is not a time zone.' },
  })
})

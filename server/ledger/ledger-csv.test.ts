import { expect, test } from 'vitest'

import { csvField, isTimeZone, textField, toCsv } from './ledger-csv.ts'
import type { RecordedSync } from './ledger-types.ts'

const sync: RecordedSync = {
  syncId: 's1',
  entityId: 'e1',
  entityName: 'Contoso, "NZ" Ltd',
  sourceSystem: 'MYOB',
  status: 'failed',
  message: 'Sync failed at Load.',
  startedAt: '2026-12-03T07:00:00.000Z',
  completedAt: '2026-12-03T07:02:30.000Z',
  steps: [
    {
      name: 'Extract',
      status: 'completed',
      count: 1200,
      startedAt: null,
      completedAt: null,
      message: null,
    },
    {
      name: 'Load',
      status: 'failed',
      count: 0,
      startedAt: null,
      completedAt: null,
      message: 'Period locked,\nsee xPnA',
    },
  ],
  isFinal: true,
  startedByKind: 'person',
  startedBy: 'maria@example.com',
  requestId: 'req-1',
  correlationId: 'corr-1',
  firstSeenAt: '2026-12-03T07:00:00.000Z',
  updatedAt: '2026-12-03T07:02:30.000Z',
}

test('writes one row per sync with UTC and local times and every step', () => {
  const [header, row] = toCsv([sync], 'Pacific/Auckland').split('\r\n')

  expect(header).toBe(
    'sync_id,entity_id,entity_name,source_system,status,message,started_at_utc,completed_at_utc,started_at_local,completed_at_local,duration_seconds,started_by,steps,failed_step_message,request_id,correlation_id',
  )
  expect(row).toBe(
    's1,e1,"Contoso, ""NZ"" Ltd",MYOB,failed,Sync failed at Load.,2026-12-03T07:00:00.000Z,2026-12-03T07:02:30.000Z,2026-12-03 20:00:00 GMT+13,2026-12-03 20:02:30 GMT+13,150,maria@example.com,Extract=completed:1200; Load=failed:0,"Period locked,\nsee xPnA",req-1,corr-1',
  )
})

test('ends every record with CRLF, including the last', () => {
  expect(toCsv([], 'UTC').endsWith('\r\n')).toBe(true)
})

test.each([
  [
    '=HYPERLINK("https://evil.example","open")',
    `"'=HYPERLINK(""https://evil.example"",""open"")"`,
  ],
  ['+1+1', "'+1+1"],
  ['-2+3', "'-2+3"],
  ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
  ['\tcmd', "'\tcmd"],
  ['\r=1', `"'\r=1"`],
])(
  'a text cell a spreadsheet would run as a formula, %j, is written as text',
  (value, written) => {
    expect(textField(value)).toBe(written)
  },
)

test('text that only contains a formula sign later is written unchanged', () => {
  expect(textField('Extract=completed:1200')).toBe('Extract=completed:1200')
  expect(textField('maria@example.com')).toBe('maria@example.com')
  expect(textField(null)).toBe('')
})

test('an entity named like a formula is exported as text, while a negative duration stays a number', () => {
  const hostile: RecordedSync = {
    ...sync,
    entityName: '=cmd|"/c calc"!A1',
    message: '-12 journal lines were skipped.',
    // Clocks that disagree can put the end before the start.
    completedAt: '2026-12-03T06:59:55.000Z',
  }

  const row = toCsv([hostile], 'UTC').split('\r\n')[1] ?? ''

  expect(row).toContain(`,"'=cmd|""/c calc""!A1",`)
  expect(row).toContain(",'-12 journal lines were skipped.,")
  expect(row).toContain(',-5,maria@example.com,')
  expect(csvField(-12)).toBe('-12')
})

test('accepts IANA time zones and rejects made-up ones', () => {
  expect(isTimeZone('Europe/London')).toBe(true)
  expect(isTimeZone('Mars/Olympus')).toBe(false)
})

import { expect, test } from 'vitest'

import { readLedgerConfig } from './ledger-config.ts'

test('keeps 400 days of history when no retention is set', () => {
  expect(readLedgerConfig({}, 'live').retentionDays).toBe(400)
  expect(
    readLedgerConfig({ XPNA_LEDGER_RETENTION_DAYS: ' ' }, 'live').retentionDays,
  ).toBe(400)
})

test('keeps the number of days an operator sets', () => {
  const config = readLedgerConfig({ XPNA_LEDGER_RETENTION_DAYS: '90' }, 'live')

  expect(config.retentionDays).toBe(90)
})

test.each(['0', '-5', '2.5', 'a year', '1e3', '0x10', '36501'])(
  'refuses to start with a retention of "%s" and names the variable',
  (value) => {
    expect(() =>
      readLedgerConfig({ XPNA_LEDGER_RETENTION_DAYS: value }, 'live'),
    ).toThrow(
      `XPNA_LEDGER_RETENTION_DAYS must be a whole number of days from 1 to 36500; got "${value}".`,
    )
  },
)

test.each(['on', 'ON ', 'true', '1', ''])(
  'XPNA_LEDGER="%s" keeps the history switched on',
  (value) => {
    expect(readLedgerConfig({ XPNA_LEDGER: value }, 'live').isEnabled).toBe(
      true,
    )
  },
)

test.each(['off', 'Off', 'false', '0'])(
  'XPNA_LEDGER="%s" switches the history off',
  (value) => {
    expect(readLedgerConfig({ XPNA_LEDGER: value }, 'live').isEnabled).toBe(
      false,
    )
  },
)

test('the history is on when XPNA_LEDGER is not set at all', () => {
  expect(readLedgerConfig({}, 'demo').isEnabled).toBe(true)
})

test('refuses an XPNA_LEDGER that is neither on nor off, quoting it', () => {
  expect(() => readLedgerConfig({ XPNA_LEDGER: 'maybe' }, 'live')).toThrow(
    'XPNA_LEDGER must be "on" or "off", not "maybe".',
  )
})

test('demo and live history go to separate files under data/', () => {
  expect(readLedgerConfig({}, 'demo').path).toBe('data/demo-ledger.sqlite')
  expect(readLedgerConfig({}, 'live').path).toBe('data/ledger.sqlite')
})

test('XPNA_LEDGER_PATH moves the file in either mode, and a blank one does not', () => {
  const moved = { XPNA_LEDGER_PATH: ' /var/lib/xpna/history.sqlite ' }

  expect(readLedgerConfig(moved, 'demo').path).toBe(
    '/var/lib/xpna/history.sqlite',
  )
  expect(readLedgerConfig(moved, 'live').path).toBe(
    '/var/lib/xpna/history.sqlite',
  )
  expect(readLedgerConfig({ XPNA_LEDGER_PATH: '' }, 'live').path).toBe(
    'data/ledger.sqlite',
  )
})

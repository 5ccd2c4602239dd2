import type { Mode } from '../config.ts'

export interface LedgerConfig {
  isEnabled: boolean
  /** A file path, or `:memory:` for a ledger that ends with the process. */
  path: string
  retentionDays: number
}

const DEFAULT_RETENTION_DAYS = 400

/**
 * XPNA_LEDGER=off turns the history off; XPNA_LEDGER_PATH moves the file
 * (demo and live keep separate files so demo history never mixes with a
 * real workspace's); XPNA_LEDGER_RETENTION_DAYS bounds how long it keeps.
 */
export function readLedgerConfig(
  env: NodeJS.ProcessEnv,
  mode: Mode,
): LedgerConfig {
  const switchValue = (env.XPNA_LEDGER ?? 'on').trim().toLowerCase()
  if (!['on', 'off', 'true', 'false', '1', '0'].includes(switchValue)) {
    throw new Error(
      `XPNA_LEDGER must be "on" or "off", not "${env.XPNA_LEDGER}".`,
    )
  }
  const retention = Number(
    env.XPNA_LEDGER_RETENTION_DAYS ?? DEFAULT_RETENTION_DAYS,
  )
  if (!Number.isInteger(retention) || retention < 1) {
    throw new Error(
      `XPNA_LEDGER_RETENTION_DAYS must be a whole number of days, not "${env.XPNA_LEDGER_RETENTION_DAYS}".`,
    )
  }
  return {
    isEnabled: ['on', 'true', '1'].includes(switchValue),
    path:
      env.XPNA_LEDGER_PATH?.trim() ||
      (mode === 'demo' ? 'data/demo-ledger.sqlite' : 'data/ledger.sqlite'),
    retentionDays: retention,
  }
}

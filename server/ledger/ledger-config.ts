import type { Mode } from '../config.ts'

export interface LedgerConfig {
  isEnabled: boolean
  /** A file path, or `:memory:` for a ledger that ends with the process. */
  path: string
  retentionDays: number
}

const DEFAULT_RETENTION_DAYS = 400
// A century is more than any close binder needs; far beyond it the cut-off
// stops being a valid Date, and every prune would fail and degrade the ledger.
const MAX_RETENTION_DAYS = 36_500
const SWITCH: Record<string, boolean> = {
  on: true,
  true: true,
  '1': true,
  off: false,
  false: false,
  '0': false,
}

/**
 * XPNA_LEDGER=off turns the history off; XPNA_LEDGER_PATH moves the file
 * (demo and live keep separate files so demo history never mixes with a
 * real workspace's); XPNA_LEDGER_RETENTION_DAYS bounds how long it keeps.
 * A blank variable counts as unset, as in `readConfig`.
 * @throws Error naming the variable when a value is invalid.
 */
export function readLedgerConfig(
  env: NodeJS.ProcessEnv,
  mode: Mode,
): LedgerConfig {
  const switchValue = env.XPNA_LEDGER?.trim().toLowerCase() || 'on'
  const isEnabled = SWITCH[switchValue]
  if (isEnabled === undefined) {
    throw new Error(
      `XPNA_LEDGER must be "on" or "off", not "${env.XPNA_LEDGER}".`,
    )
  }

  return {
    isEnabled,
    path:
      env.XPNA_LEDGER_PATH?.trim() ||
      (mode === 'demo' ? 'data/demo-ledger.sqlite' : 'data/ledger.sqlite'),
    retentionDays: readRetentionDays(env.XPNA_LEDGER_RETENTION_DAYS),
  }
}

function readRetentionDays(raw: string | undefined) {
  const text = raw?.trim()
  if (!text) return DEFAULT_RETENTION_DAYS
  const days = Number(text)
  // Digits only: Number() would also take "1e3", "0x10" or "12.0".
  if (!/^\d+$/.test(text) || days < 1 || days > MAX_RETENTION_DAYS) {
    throw new Error(
      `XPNA_LEDGER_RETENTION_DAYS must be a whole number of days from 1 to ${MAX_RETENTION_DAYS}; got "${text}".`,
    )
  }

  return days
}

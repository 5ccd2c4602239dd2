import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { onTestFinished } from 'vitest'

/**
 * A ledger file path in a folder of its own, removed when the test ends, so
 * SQLite's `-wal` and `-shm` companions go with it.
 */
export function tempLedgerPath() {
  const folder = mkdtempSync(join(tmpdir(), 'ledger-'))
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }))

  return join(folder, 'ledger.sqlite')
}

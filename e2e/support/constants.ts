/** A made-up key: set at build time and in the live-mode server, and
 * searched for in everything the browser receives. */
export const E2E_CANARY_KEY = 'e2e-canary-key-5f1c2d9a7b3e4f60'

// E2E_PORT_BASE lets two checkouts run their suites side by side.
const PORT_BASE = Number(process.env.E2E_PORT_BASE ?? 4191)

export const DEMO_PORT = PORT_BASE
export const LIVE_PORT = PORT_BASE + 1
export const LIVE_SIMULATOR_PORT = PORT_BASE + 2
/** A demo server with the sync history switched off. */
export const LEDGER_OFF_PORT = PORT_BASE + 3

/** Fast enough that a whole sync runs in a few seconds of a test. */
export const E2E_STEP_MS = 1000

import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

// Separate from vite.config.ts: the tests need neither the router generator
// nor the dashboard server, and e2e/ holds Playwright specs, not vitest ones.
export default defineConfig({
  plugins: [react()],
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'server/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    setupFiles: ['./vitest.setup.ts'],
    restoreMocks: true,
    // Servers started by tests keep their sync history in memory, not in
    // the project's data/ folder.
    env: { XPNA_LEDGER_PATH: ':memory:' },
  },
})

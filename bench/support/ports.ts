// Each benchmark has its own block in 4400-4499, clear of the e2e suites'
// ports and of Vite's 5173 and 4173. A benchmark's test adds TEST_OFFSET,
// so `npm test` and `npm run bench` can run side by side.
export const BENCH_PORTS = {
  weight: 4400,
  render: 4410,
  upstream: 4420,
  freshness: 4430,
  proxy: 4440,
} as const

export const TEST_OFFSET = 50

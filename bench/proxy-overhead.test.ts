import { expect, test } from 'vitest'

import { runProxyOverhead } from './proxy-overhead.ts'
import { BENCH_PORTS, TEST_OFFSET } from './support/ports.ts'

test('compares the proxy with direct calls for distinct and identical requests', async () => {
  const figures = await runProxyOverhead({
    port: BENCH_PORTS.proxy + TEST_OFFSET,
    connections: 4,
    durationS: 0.5,
    warmUpS: 0,
    syncCount: 50,
  })
  const throughput = figures.filter((f) => f.value?.unit === 'req/s')

  expect(figures).toHaveLength(6)
  expect(throughput.map((figure) => figure.name)).toEqual([
    'Proxy, distinct sync ids: throughput',
    'Proxy, identical requests: throughput',
  ])
  for (const figure of throughput) {
    expect(figure.value?.amount).toBeGreaterThan(0)
    expect(figure.baseline?.amount).toBeGreaterThan(0)
    expect(figure.note).not.toContain('failed requests')
  }
}, 60_000)

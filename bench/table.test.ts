import { expect, test } from 'vitest'

import { formatTable, missingFigure, ratioFigure } from './table.ts'

test('a ratio figure divides the value by the baseline and judges it', () => {
  const figure = ratioFigure({
    name: 'Weight',
    value: { amount: 150, unit: 'KB' },
    baseline: { amount: 100, unit: 'KB' },
    target: '≤ 1.8×',
    isMet: (ratio) => ratio <= 1.8,
  })

  expect(figure.score).toEqual({ amount: 1.5, kind: 'ratio' })
  expect(figure.isMet).toBe(true)
})

test('a zero baseline gives no ratio instead of infinity', () => {
  const figure = ratioFigure({
    name: 'p50',
    value: { amount: 2, unit: 'ms' },
    baseline: { amount: 0, unit: 'ms' },
    target: '—',
    isMet: null,
  })

  expect(figure.score).toBeNull()
})

test('the table has one row per figure under the six headings', () => {
  const table = formatTable([
    ratioFigure({
      name: 'Weight',
      value: { amount: 134.12, unit: 'KB' },
      baseline: { amount: 66, unit: 'KB' },
      target: '≤ 1.8×',
      isMet: (ratio) => ratio <= 1.8,
    }),
    missingFigure('Keystroke', '≤ 2 frames', 'n/a: no search box'),
  ])
  const lines = table.split('\n')

  expect(lines).toHaveLength(4)
  expect(lines[0]).toMatch(/^\| figure +\| measured +\| baseline/)
  expect(lines[2]).toMatch(
    /^\| Weight +\| 134\.1 KB \| 66\.0 KB +\| 2\.03× +\| ≤ 1\.8× +\| FAIL +\|$/,
  )
  expect(lines[3]).toContain('| n/a: no search box |')
})

test('a judged figure that could not be measured reads as a failure with its reason', () => {
  const figure = {
    ...missingFigure('First row, 20,000', '≤ 1.3×', 'no row within 180 s'),
    isMet: false,
  }

  const [, , row] = formatTable([figure]).split('\n')

  expect(row).toContain('| FAIL (no row within 180 s) |')
})

export type Unit = 'KB' | 'ms' | 'req/s' | 'req/min' | 'requests'

export interface Measure {
  amount: number
  unit: Unit
}

/** One line of the table: a measurement judged against its target. */
export interface Figure {
  name: string
  /** Null when it could not be measured; `note` then says why. */
  value: Measure | null
  /** Measured in the same run; null for a count. */
  baseline: Measure | null
  /** What the target judges: value ÷ baseline (`×`), frames, or a count. */
  score: { amount: number; kind: 'ratio' | 'frames' | 'count' } | null
  target: string
  /** Null when there is no target to meet, or nothing was measured. */
  isMet: boolean | null
  note?: string
}

export const HEADERS = [
  'figure',
  'measured',
  'baseline (same run)',
  'ratio or count',
  'target',
  'result',
]

export function formatMeasure(measure: Measure | null): string {
  if (measure === null) return '—'
  const { amount, unit } = measure
  const digits = unit === 'KB' || (unit === 'ms' && amount < 100) ? 1 : 0

  return `${formatNumber(amount, digits)} ${unit}`
}

function formatScore(score: Figure['score']): string {
  if (score === null) return '—'
  if (score.kind === 'count') return formatNumber(score.amount, 0)
  if (score.kind === 'frames') return `${formatNumber(score.amount, 2)} frames`

  return `${formatNumber(score.amount, 2)}×`
}

function formatNumber(amount: number, digits: number): string {
  return amount.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })
}

function formatResult(figure: Figure): string {
  if (figure.value === null) {
    const reason = figure.note ?? 'n/a'
    return figure.isMet === false ? `FAIL (${reason})` : reason
  }
  const verdict =
    figure.isMet === null ? 'info' : figure.isMet ? 'pass' : 'FAIL'

  return figure.note ? `${verdict} (${figure.note})` : verdict
}

export function toCells(figure: Figure): string[] {
  return [
    figure.name,
    formatMeasure(figure.value),
    formatMeasure(figure.baseline),
    formatScore(figure.score),
    figure.target,
    formatResult(figure),
  ]
}

/** The figures as one Markdown table, padded to read in a terminal too. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = [HEADERS, ...figures.map(toCells)]
  const widths = HEADERS.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  )
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`
  const rule = `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`
  const [header = [], ...body] = rows

  return [line(header), rule, ...body.map(line)].join('\n')
}

/** A ratio figure: `value` against `baseline`, judged by `isMet(ratio)`. */
export function ratioFigure(options: {
  name: string
  value: Measure
  baseline: Measure
  target: string
  isMet: ((ratio: number) => boolean) | null
  note?: string
}): Figure {
  const ratio = options.value.amount / options.baseline.amount
  // A zero baseline (a latency under the 1 ms resolution) has no ratio.
  const hasRatio = Number.isFinite(ratio)

  return {
    name: options.name,
    value: options.value,
    baseline: options.baseline,
    score: hasRatio ? { amount: ratio, kind: 'ratio' } : null,
    target: options.target,
    isMet: options.isMet ? options.isMet(ratio) : null,
    note: options.note,
  }
}

/** A figure nothing could be measured for, with the reason in its row. */
export function missingFigure(name: string, target: string, note: string) {
  return {
    name,
    value: null,
    baseline: null,
    score: null,
    target,
    isMet: null,
    note,
  } satisfies Figure
}

import type { RecordedSync } from './ledger-types.ts'

// A text cell starting with one of these is run as a formula by Excel,
// LibreOffice and Sheets, even inside quotes; a leading apostrophe makes it
// plain text (OWASP, "CSV Injection").
const FORMULA_START = /^[=+\-@\t\r]/

/** RFC 4180: quote when needed, double inner quotes, CRLF between records. */
export function csvField(value: string | number | null) {
  if (value === null) return ''
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * A cell of a text column: a value a spreadsheet would run as a formula
 * gets a leading `'`, and is otherwise kept as it is.
 */
export function textField(value: string | null) {
  if (value === null) return ''
  return csvField(FORMULA_START.test(value) ? `'${value}` : value)
}

function local(iso: string | null, timeZone: string) {
  if (!iso) return null
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).formatToParts(new Date(iso))
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')} ${get('timeZoneName')}`
}

function startedBy(sync: RecordedSync) {
  if (sync.startedByKind === 'person') return sync.startedBy ?? 'a person'
  return sync.startedByKind === 'dashboard'
    ? 'through this dashboard'
    : 'schedule or elsewhere'
}

function durationSeconds(sync: RecordedSync) {
  if (!sync.startedAt || !sync.completedAt) return null
  return Math.round(
    (Date.parse(sync.completedAt) - Date.parse(sync.startedAt)) / 1000,
  )
}

// Each column says what it holds: text is guarded against formulas,
// numbers are written as numbers, so a negative duration stays one.
type Column =
  | { header: string; text: (sync: RecordedSync, tz: string) => string | null }
  | { header: string; number: (sync: RecordedSync) => number | null }

const COLUMNS: Column[] = [
  { header: 'sync_id', text: (s) => s.syncId },
  { header: 'entity_id', text: (s) => s.entityId },
  { header: 'entity_name', text: (s) => s.entityName },
  { header: 'source_system', text: (s) => s.sourceSystem },
  { header: 'status', text: (s) => s.status },
  { header: 'message', text: (s) => s.message },
  { header: 'started_at_utc', text: (s) => s.startedAt },
  { header: 'completed_at_utc', text: (s) => s.completedAt },
  { header: 'started_at_local', text: (s, tz) => local(s.startedAt, tz) },
  { header: 'completed_at_local', text: (s, tz) => local(s.completedAt, tz) },
  { header: 'duration_seconds', number: durationSeconds },
  { header: 'started_by', text: startedBy },
  {
    header: 'steps',
    text: (s) =>
      s.steps
        .map((step) => `${step.name}=${step.status}:${step.count ?? ''}`)
        .join('; '),
  },
  {
    header: 'failed_step_message',
    text: (s) =>
      s.steps.find((step) => ['failed', 'error'].includes(step.status))
        ?.message ?? null,
  },
  { header: 'request_id', text: (s) => s.requestId },
  { header: 'correlation_id', text: (s) => s.correlationId },
]

/**
 * The close-evidence export: one row per sync, times in UTC and in the
 * reader's zone (`timeZone`, an IANA name), every step with its count.
 */
export function toCsv(syncs: RecordedSync[], timeZone: string) {
  const header = COLUMNS.map((column) => csvField(column.header)).join(',')
  const rows = syncs.map((sync) =>
    COLUMNS.map((column) =>
      'number' in column
        ? csvField(column.number(sync))
        : textField(column.text(sync, timeZone)),
    ).join(','),
  )
  return [header, ...rows].join('\r\n') + '\r\n'
}

export function isTimeZone(name: string) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name }).format(0)
    return true
  } catch {
    return false
  }
}

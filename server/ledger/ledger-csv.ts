import type { RecordedSync } from './ledger-types.ts'

const HEADER = [
  'sync_id',
  'entity_id',
  'entity_name',
  'source_system',
  'status',
  'message',
  'started_at_utc',
  'completed_at_utc',
  'started_at_local',
  'completed_at_local',
  'duration_seconds',
  'started_by',
  'steps',
  'failed_step_message',
  'request_id',
  'correlation_id',
]

/** RFC 4180: quote when needed, double inner quotes, CRLF between records. */
export function csvField(value: string | number | null) {
  if (value === null) return ''
  const text = String(value)
  return /[",\r\n]/.test(text) || /^[=+\-@]/.test(text)
    ? `"${text.replaceAll('"', '""')}"`
    : text
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

/**
 * The close-evidence export: one row per sync, times in UTC and in the
 * reader's zone (`timeZone`, an IANA name), every step with its count.
 */
export function toCsv(syncs: RecordedSync[], timeZone: string) {
  const rows = syncs.map((sync) => {
    const failed = sync.steps.find((s) =>
      ['failed', 'error'].includes(s.status),
    )
    return [
      sync.syncId,
      sync.entityId,
      sync.entityName,
      sync.sourceSystem,
      sync.status,
      sync.message,
      sync.startedAt,
      sync.completedAt,
      local(sync.startedAt, timeZone),
      local(sync.completedAt, timeZone),
      durationSeconds(sync),
      startedBy(sync),
      sync.steps
        .map((s) => `${s.name}=${s.status}:${s.count ?? ''}`)
        .join('; '),
      failed?.message ?? null,
      sync.requestId,
      sync.correlationId,
    ]
  })
  return (
    [HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') +
    '\r\n'
  )
}

export function isTimeZone(name: string) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name }).format(0)
    return true
  } catch {
    return false
  }
}

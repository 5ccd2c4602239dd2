export type LogLevel = 'info' | 'warn' | 'error'
export type LogFields = Record<string, unknown>

export interface Logger {
  info(msg: string, fields?: LogFields): void
  warn(msg: string, fields?: LogFields): void
  /** `fields.err` may hold the thrown value; its message and stack are kept. */
  error(msg: string, fields?: LogFields): void
}

export interface LoggerOptions {
  /** `info` (default), `warn`, `error` or `silent`; usually `LOG_LEVEL`. */
  level?: string
  /** Receives one JSON line (no newline) per entry. Defaults to stdout. */
  sink?: (line: string) => void
  /** Values that must never appear in a line, such as the API key. */
  secrets?: Array<string | null | undefined>
}

// Field names that may hold credentials, bodies or raw targets: whatever a
// caller passes under these names is dropped, so one careless call site
// cannot leak them.
const DROPPED_FIELDS = new Set([
  'apikey',
  'x-api-key',
  'x_api_key',
  'authorization',
  'cookie',
  'set-cookie',
  'headers',
  'body',
  'query',
  'url',
  'rawurl',
  'target',
])

const SEVERITY: Record<string, number> = {
  info: 1,
  warn: 2,
  error: 3,
  silent: 4,
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = SEVERITY[options.level?.toLowerCase() ?? 'info'] ?? 1
  const sink = options.sink ?? writeStdout
  const secrets = (options.secrets ?? []).filter(
    (secret): secret is string => typeof secret === 'string' && secret !== '',
  )

  function write(level: LogLevel, msg: string, fields: LogFields = {}) {
    if ((SEVERITY[level] ?? 0) < threshold) return
    const entry = { time: new Date().toISOString(), level, msg, ...fields }
    sink(scrub(JSON.stringify(entry, redactField), secrets))
  }

  return {
    info: (msg, fields) => write('info', msg, fields),
    warn: (msg, fields) => write('warn', msg, fields),
    error: (msg, fields) => write('error', msg, fields),
  }
}

function redactField(key: string, value: unknown): unknown {
  if (DROPPED_FIELDS.has(key.toLowerCase())) return undefined
  if (value instanceof Error) {
    return { name: value.name, message: value.message, stack: value.stack }
  }

  return value
}

// The last line of defence: a secret that reached a message or a stack
// through some path nobody foresaw is still cut out of the line.
function scrub(line: string, secrets: string[]): string {
  return secrets.reduce(
    (text, secret) =>
      text
        .replaceAll(secret, '[redacted]')
        .replaceAll(JSON.stringify(secret).slice(1, -1), '[redacted]'),
    line,
  )
}

function writeStdout(line: string) {
  process.stdout.write(`${line}\n`)
}

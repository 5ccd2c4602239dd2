import { expect, test } from 'vitest'

import { createLogger } from './logger.ts'

function capture(options: Parameters<typeof createLogger>[0] = {}) {
  const lines: string[] = []
  const logger = createLogger({ ...options, sink: (line) => lines.push(line) })

  return { logger, lines }
}

test('writes one JSON line per entry with time, level, message and fields', () => {
  const { logger, lines } = capture()

  logger.info('request', { route: 'GET /connections', status: 200 })

  expect(lines).toHaveLength(1)
  expect(JSON.parse(lines[0] ?? '')).toEqual({
    time: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
    level: 'info',
    msg: 'request',
    route: 'GET /connections',
    status: 200,
  })
})

test('drops fields that could hold credentials, bodies or raw targets', () => {
  const { logger, lines } = capture()

  logger.info('request', {
    apiKey: 'k',
    'x-api-key': 'k',
    authorization: 'Bearer t',
    cookie: 'session=s',
    headers: { accept: '*/*' },
    body: '{"entityId":"e"}',
    query: 'a=1',
    url: '/api/public/v1/connections?a=1',
    status: 200,
  })

  expect(JSON.parse(lines[0] ?? '')).toEqual({
    time: expect.any(String),
    level: 'info',
    msg: 'request',
    status: 200,
  })
})

test('cuts a configured secret out of messages and error stacks', () => {
  const secret = 'sk-live-9f8e7d6c5b4a'
  const { logger, lines } = capture({ secrets: [secret] })

  logger.error(`upstream said ${secret}`, { err: new Error(`bad ${secret}`) })

  expect(lines[0]).not.toContain(secret)
  expect(lines[0]).toContain('[redacted]')
})

test('keeps the message and stack of an error for our own faults', () => {
  const { logger, lines } = capture()

  logger.error('request failed', { err: new TypeError('boom') })

  const entry = JSON.parse(lines[0] ?? '') as { err: Record<string, string> }
  expect(entry.err.name).toBe('TypeError')
  expect(entry.err.message).toBe('boom')
  expect(entry.err.stack).toContain('logger.test.ts')
})

test('writes nothing when the level is silent, and only warnings up at warn', () => {
  const silent = capture({ level: 'silent' })
  const warn = capture({ level: 'warn' })

  for (const { logger } of [silent, warn]) {
    logger.info('request')
    logger.warn('upstream fault')
    logger.error('request failed')
  }

  expect(silent.lines).toEqual([])
  expect(warn.lines.map((line) => JSON.parse(line).level)).toEqual([
    'warn',
    'error',
  ])
})

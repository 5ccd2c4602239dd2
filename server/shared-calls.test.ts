import { afterEach, expect, test, vi } from 'vitest'

import { createSharedCalls } from './shared-calls.ts'

afterEach(() => {
  vi.useRealTimers()
})

type Call = (signal: AbortSignal) => Promise<string>

function deferred<T>() {
  const parts: { resolve?: (value: T) => void } = {}
  const promise = new Promise<T>((resolve) => {
    parts.resolve = resolve
  })
  return { promise, resolve: (value: T) => parts.resolve?.(value) }
}

function keepOk(keepMs: number) {
  return createSharedCalls<string>({
    keepMs,
    isKeepable: (value) => value === 'ok',
  })
}

test('runs identical calls arriving together once and marks the joiners as shared', async () => {
  const shared = keepOk(0)
  const answer = deferred<string>()
  const call = vi.fn<Call>(() => answer.promise)

  const first = shared.run('GET /connections', call)
  const second = shared.run('GET /connections', call)
  answer.resolve('ok')

  expect(await first).toEqual({ value: 'ok', isShared: false })
  expect(await second).toEqual({ value: 'ok', isShared: true })
  expect(call).toHaveBeenCalledTimes(1)
})

test('never merges calls under different keys', async () => {
  const shared = keepOk(1000)
  const call = vi.fn<Call>(async () => 'ok')

  await Promise.all([
    shared.run('entity-a', call),
    shared.run('entity-b', call),
  ])

  expect(call).toHaveBeenCalledTimes(2)
})

test('reuses a keepable answer within keepMs and calls again after it', async () => {
  vi.useFakeTimers()
  const shared = keepOk(1000)
  const call = vi.fn<Call>(async () => 'ok')

  await shared.run('k', call)
  vi.advanceTimersByTime(999)
  const reused = await shared.run('k', call)
  vi.advanceTimersByTime(2)
  const fresh = await shared.run('k', call)

  expect(reused.isShared).toBe(true)
  expect(fresh.isShared).toBe(false)
  expect(call).toHaveBeenCalledTimes(2)
})

test('asks a keep function how long, with when the call began and answered', async () => {
  vi.useFakeTimers({ now: Date.parse('2026-12-03T08:00:00.400Z') })
  const seen: number[][] = []
  const shared = createSharedCalls<string>({
    keepMs: (startedAtMs, answeredAtMs) => {
      seen.push([startedAtMs, answeredAtMs])
      return 100
    },
    isKeepable: () => true,
  })
  const call = vi.fn<Call>(async () => 'ok')

  await shared.run('k', call)
  vi.advanceTimersByTime(99)
  await shared.run('k', call)
  vi.advanceTimersByTime(2)
  await shared.run('k', call)

  expect(seen[0]).toEqual([
    Date.parse('2026-12-03T08:00:00.400Z'),
    Date.parse('2026-12-03T08:00:00.400Z'),
  ])
  expect(call).toHaveBeenCalledTimes(2)
})

test('does not keep an answer that is not keepable, such as an error', async () => {
  const shared = keepOk(60_000)
  const call = vi.fn<Call>(async () => 'failed')

  await shared.run('k', call)
  await shared.run('k', call)

  expect(call).toHaveBeenCalledTimes(2)
})

test('forgets kept answers on request', async () => {
  const shared = keepOk(60_000)
  const call = vi.fn<Call>(async () => 'ok')

  await shared.run('k', call)
  shared.forget()
  await shared.run('k', call)

  expect(call).toHaveBeenCalledTimes(2)
})

test('keeps the call running while one caller still waits, and aborts it when the last leaves', async () => {
  const shared = keepOk(0)
  const answer = deferred<string>()
  let callSignal: AbortSignal | undefined
  const call = vi.fn<Call>((signal: AbortSignal) => {
    callSignal = signal
    return answer.promise
  })
  const a = new AbortController()
  const b = new AbortController()

  void shared.run('k', call, a.signal)
  void shared.run('k', call, b.signal)
  a.abort()
  const afterFirstLeft = callSignal?.aborted
  b.abort()

  expect(afterFirstLeft).toBe(false)
  expect(callSignal?.aborted).toBe(true)
  answer.resolve('ok')
})

test('a caller arriving after everyone left starts a fresh call', async () => {
  const shared = keepOk(0)
  const stuck = deferred<string>()
  const call = vi.fn<Call>(() => stuck.promise)
  const gone = new AbortController()

  void shared.run('k', call, gone.signal)
  gone.abort()
  const next = shared.run('k', async () => 'ok')

  expect(await next).toEqual({ value: 'ok', isShared: false })
  stuck.resolve('ok')
})

test('a caller leaving after the answer does not drop the kept answer', async () => {
  const shared = keepOk(60_000)
  const call = vi.fn<Call>(async () => 'ok')
  const first = new AbortController()

  await shared.run('k', call, first.signal)
  first.abort()
  await shared.run('k', call)

  expect(call).toHaveBeenCalledTimes(1)
})

test('passes a rejected call to every caller and does not keep it', async () => {
  const shared = keepOk(60_000)
  const call = vi.fn<Call>(async () => {
    throw new Error('boom')
  })

  const results = await Promise.allSettled([
    shared.run('k', call),
    shared.run('k', call),
  ])
  await shared.run('k', async () => 'ok')

  expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected'])
  expect(call).toHaveBeenCalledTimes(1)
})

import { expect, test } from 'vitest'

import { createLimiter } from './limiter.ts'

type Gate = { promise: Promise<void>; resolve: () => void }

function deferred() {
  const gate = {} as Gate
  gate.promise = new Promise<void>((done) => {
    gate.resolve = done
  })
  return gate
}

test('runs no more tasks at once than allowed, the rest in arrival order', async () => {
  const limiter = createLimiter(2)
  const gates = [deferred(), deferred(), deferred(), deferred()]
  const started: number[] = []

  const runs = gates.map((gate, index) =>
    limiter.run(async () => {
      started.push(index)
      await gate.promise
      return index
    }),
  )
  await Promise.resolve()

  expect(started).toEqual([0, 1])
  expect(limiter.size).toEqual({ running: 2, waiting: 2 })

  gates[1]?.resolve()
  await runs[1]
  await Promise.resolve()

  expect(started).toEqual([0, 1, 2])

  for (const gate of gates) gate.resolve()
  expect(await Promise.all(runs)).toEqual([0, 1, 2, 3])
  expect(limiter.size).toEqual({ running: 0, waiting: 0 })
})

test('frees its place when a task fails', async () => {
  const limiter = createLimiter(1)

  const failing = limiter.run(() => Promise.reject(new Error('upstream down')))
  const next = limiter.run(() => Promise.resolve('ran'))

  await expect(failing).rejects.toThrow('upstream down')
  await expect(next).resolves.toBe('ran')
})

test('never runs a task whose signal aborted while it waited', async () => {
  const limiter = createLimiter(1)
  const gate = deferred()
  const controller = new AbortController()
  let didRun = false

  const first = limiter.run(() => gate.promise)
  const dropped = limiter.run(async () => {
    didRun = true
  }, controller.signal)
  controller.abort(new Error('row scrolled away'))
  gate.resolve()
  await first

  await expect(dropped).rejects.toThrow('row scrolled away')
  expect(didRun).toBe(false)
  expect(limiter.size).toEqual({ running: 0, waiting: 0 })
})

test('refuses a concurrency below one', () => {
  expect(() => createLimiter(0)).toThrow(RangeError)
})

/**
 * Runs at most `concurrency` tasks at once; the rest wait in arrival order.
 * A task whose signal aborts while it waits is dropped without running and
 * rejects with the signal's reason.
 */
export function createLimiter(concurrency: number) {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(
      `concurrency must be a whole number from 1, got ${concurrency}`,
    )
  }
  let running = 0
  const waiting: (() => void)[] = []

  function release() {
    running--
    waiting.shift()?.()
  }

  function run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        signal?.removeEventListener('abort', onAbort)
        if (signal?.aborted) {
          reject(signal.reason as Error)
          waiting.shift()?.()
          return
        }
        running++
        task().then(resolve, reject).finally(release)
      }
      const onAbort = () => {
        const index = waiting.indexOf(start)
        if (index === -1) return
        waiting.splice(index, 1)
        reject(signal?.reason as Error)
      }

      if (running < concurrency) return start()
      waiting.push(start)
      signal?.addEventListener('abort', onAbort, { once: true })
    })
  }

  return {
    run,
    /** Tasks running now and tasks waiting, for progress and tests. */
    get size() {
      return { running, waiting: waiting.length }
    },
  }
}

export type Limiter = ReturnType<typeof createLimiter>

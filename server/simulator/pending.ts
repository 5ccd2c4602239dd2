import type { ServerResponse } from 'node:http'

/**
 * Answers the `hang` and `slow` scenarios are holding back. Reset and close
 * end them all, so no timer or socket outlives a test.
 */
export interface PendingAnswers {
  /** Never answers `res`; it ends on `cancelAll` or when the client leaves. */
  hold(res: ServerResponse): void
  /** Resolves true after `ms`, or false if cancelled first. */
  delay(res: ServerResponse, ms: number): Promise<boolean>
  cancelAll(): void
}

export function createPendingAnswers(): PendingAnswers {
  const cancels = new Set<() => void>()

  function track(res: ServerResponse, cancel: () => void) {
    const entry = () => {
      cancel()
      res.destroy()
    }
    cancels.add(entry)
    res.once('close', () => cancels.delete(entry))
    return () => cancels.delete(entry)
  }

  return {
    hold(res) {
      track(res, () => {})
    },
    delay(res, ms) {
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          untrack()
          resolve(true)
        }, ms)
        const untrack = track(res, () => {
          clearTimeout(timer)
          resolve(false)
        })
        res.once('close', () => {
          clearTimeout(timer)
          resolve(false)
        })
      })
    },
    cancelAll() {
      for (const cancel of cancels) cancel()
      cancels.clear()
    },
  }
}

export interface SharedOutcome<T> {
  value: T
  /** True when another caller's call (in flight or just answered) was reused. */
  isShared: boolean
}

export interface SharedCalls<T> {
  /**
   * Runs `call` for `key`, unless an identical call is in flight or gave a
   * keepable answer less than `keepMs` ago; then its answer is reused. The
   * call's signal aborts only once every caller waiting on it has gone.
   */
  run(
    key: string,
    call: (signal: AbortSignal) => Promise<T>,
    callerSignal?: AbortSignal,
  ): Promise<SharedOutcome<T>>
  /** Drops every kept answer; calls in flight finish for their callers. */
  forget(): void
}

export interface SharedCallsOptions<T> {
  /**
   * How long a keepable answer is reused after it arrived; 0 for never. A
   * function gets the moment the call began and the moment it answered.
   */
  keepMs: number | ((startedAtMs: number, answeredAtMs: number) => number)
  isKeepable(value: T): boolean
}

interface Entry<T> {
  startedAtMs: number
  promise: Promise<T>
  controller: AbortController
  waiting: number
  isSettled: boolean
  timer?: ReturnType<typeof setTimeout>
}

export function createSharedCalls<T>(
  options: SharedCallsOptions<T>,
): SharedCalls<T> {
  const entries = new Map<string, Entry<T>>()

  function drop(key: string, entry: Entry<T>) {
    clearTimeout(entry.timer)
    if (entries.get(key) === entry) entries.delete(key)
  }

  function settle(key: string, entry: Entry<T>, value: T) {
    entry.isSettled = true
    const keepMs =
      typeof options.keepMs === 'number'
        ? options.keepMs
        : options.keepMs(entry.startedAtMs, Date.now())
    if (keepMs <= 0 || !options.isKeepable(value)) {
      return drop(key, entry)
    }
    entry.timer = setTimeout(() => drop(key, entry), keepMs)
    entry.timer.unref?.()
  }

  function start(key: string, call: (signal: AbortSignal) => Promise<T>) {
    const controller = new AbortController()
    const entry: Entry<T> = {
      startedAtMs: Date.now(),
      controller,
      waiting: 0,
      isSettled: false,
      promise: call(controller.signal),
    }
    entry.promise = entry.promise.then(
      (value) => {
        settle(key, entry, value)
        return value
      },
      (err: unknown) => {
        entry.isSettled = true
        drop(key, entry)
        throw err
      },
    )
    entries.set(key, entry)
    return entry
  }

  // A caller that leaves stops counting; the last one to leave cancels the
  // call and frees the key, so the next caller starts afresh.
  function join(key: string, entry: Entry<T>, signal?: AbortSignal) {
    if (entry.isSettled) return
    entry.waiting += 1
    signal?.addEventListener(
      'abort',
      () => {
        entry.waiting -= 1
        if (entry.waiting > 0 || entry.isSettled) return
        drop(key, entry)
        entry.controller.abort(signal.reason)
      },
      { once: true },
    )
  }

  return {
    async run(key, call, callerSignal) {
      const existing = entries.get(key)
      const entry = existing ?? start(key, call)

      join(key, entry, callerSignal)
      return { value: await entry.promise, isShared: existing !== undefined }
    },
    forget() {
      for (const [key, entry] of entries) {
        if (entry.isSettled) drop(key, entry)
      }
    },
  }
}

// These functions run inside the page, passed to Playwright as source:
// they may use only their arguments and the browser's own globals.

declare global {
  interface Window {
    benchFirstRowMs?: Promise<number>
    benchKeystrokeMs?: Promise<number | null>
  }
}

/**
 * Init script: `window.benchFirstRowMs` resolves to the milliseconds from
 * navigation start to the frame after the first row matching `rowCss`
 * entered the DOM. Timing inside the page avoids Playwright's polling,
 * which would add up to a hundred milliseconds at random.
 */
export function watchFirstRow(rowCss: string) {
  window.benchFirstRowMs = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(rowCss)) return
      observer.disconnect()
      // A task queued from a frame callback runs once that frame is painted.
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.addEventListener('message', () =>
          resolve(performance.now()),
        )
        channel.port1.start()
        channel.port2.postMessage(null)
      })
    })
    observer.observe(document, { childList: true, subtree: true })
  })
}

/**
 * Arms `window.benchKeystrokeMs`: from the next keydown to the frame after
 * the first row's text changed; null when nothing changed in `timeoutMs`.
 */
export function armKeystrokeClock([rowCss, timeoutMs]: [string, number]) {
  const firstRowText = () => document.querySelector(rowCss)?.textContent ?? ''
  const before = firstRowText()
  let pressedAt: number | null = null

  document.addEventListener(
    'keydown',
    (event) => {
      pressedAt = event.timeStamp
    },
    { capture: true, once: true },
  )
  window.benchKeystrokeMs = new Promise((resolve) => {
    const timer = setTimeout(() => {
      observer.disconnect()
      resolve(null)
    }, timeoutMs)
    const observer = new MutationObserver(() => {
      const start = pressedAt
      if (start === null || firstRowText() === before) return
      observer.disconnect()
      clearTimeout(timer)
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.addEventListener('message', () =>
          resolve(performance.now() - start),
        )
        channel.port1.start()
        channel.port2.postMessage(null)
      })
    })
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
    })
  })
}

/** The median gap between animation frames over `count` frames, in ms. */
export function measureFrameGap(count: number): Promise<number> {
  return new Promise((resolve) => {
    const stamps: number[] = []
    const tick = (at: number) => {
      stamps.push(at)
      if (stamps.length <= count) return void requestAnimationFrame(tick)
      const gaps = stamps
        .slice(1)
        .map((stamp, i) => stamp - (stamps[i] ?? stamp))
        .toSorted((a, b) => a - b)
      resolve(gaps[Math.floor(gaps.length / 2)] ?? 0)
    }
    requestAnimationFrame(tick)
  })
}

export interface StepSighting {
  index: number
  label: string
  /** Epoch ms of the frame that first showed `label` for this step. */
  at: number
}

declare global {
  interface Window {
    benchStepSightings?: StepSighting[]
  }
}

/**
 * Init script: records in `window.benchStepSightings` each time a step of
 * the `Sync steps` list shows a new status word, with the wall-clock time
 * of the frame that painted it (the simulator's clock is the same one).
 */
export function watchStepLabels(labelPattern: string) {
  const pattern = new RegExp(labelPattern)
  const sightings: StepSighting[] = []
  const shown = new Map<number, string>()
  window.benchStepSightings = sightings

  new MutationObserver(() => {
    const items = document.querySelectorAll('ol[aria-label="Sync steps"] > li')
    const changed: Array<{ index: number; label: string }> = []
    items.forEach((item, index) => {
      const label = pattern.exec(item.textContent ?? '')?.[0]
      if (label === undefined || shown.get(index) === label) return
      shown.set(index, label)
      changed.push({ index, label })
    })
    if (changed.length === 0) return
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.addEventListener('message', () => {
        const at = performance.timeOrigin + performance.now()
        for (const change of changed) sightings.push({ ...change, at })
      })
      channel.port1.start()
      channel.port2.postMessage(null)
    })
  }).observe(document, { childList: true, subtree: true, characterData: true })
}

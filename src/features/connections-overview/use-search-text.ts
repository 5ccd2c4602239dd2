import { useEffect, useRef, useState } from 'react'

// Long enough that typing a name writes the address once, short enough
// that a link copied right after typing already holds the search.
const COMMIT_DELAY_MS = 300

/**
 * The search box's text: the table follows it at once, the address a moment
 * later, so typing never waits for a navigation. When the address changes
 * by other means (back button, "Clear filters") the box follows it, and
 * text typed just before is not written back over it.
 */
export function useSearchText(
  addressText: string,
  onCommit: (text: string) => void,
) {
  const [text, setText] = useState(addressText)
  const [seen, setSeen] = useState(addressText)
  const [committed, setCommitted] = useState(addressText)
  const commit = useRef(onCommit)
  const address = useRef(addressText)
  const timer = useRef<number | undefined>(undefined)

  useEffect(() => {
    commit.current = onCommit
    address.current = addressText
  })
  useEffect(() => () => window.clearTimeout(timer.current), [])

  // Adjusting state while rendering, as React's docs advise for state that
  // follows a prop: an effect would show the old text for one frame.
  if (addressText !== seen) {
    setSeen(addressText)
    if (addressText !== committed) {
      setText(addressText)
      setCommitted(addressText)
    }
  }

  function change(next: string) {
    const typedOver = address.current
    setText(next)
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => {
      // The address moved on by other means while this waited.
      if (address.current !== typedOver) return
      setCommitted(next.trim())
      commit.current(next.trim())
    }, COMMIT_DELAY_MS)
  }

  return [text, change] as const
}

import { useState } from 'react'

import { cn } from '../lib/cn.ts'

// Long enough for two or three lines of a typical step message.
const PREVIEW_CHARS = 280

type LongTextProps = {
  text: string
  /** Starts unfolded, for text a person came to read (a failure message). */
  isInitiallyExpanded?: boolean
  className?: string
}

/** Text that wraps and can be selected, folded past a few lines with "Show more". */
export function LongText({
  text,
  isInitiallyExpanded = false,
  className,
}: LongTextProps) {
  const [isExpanded, setIsExpanded] = useState(isInitiallyExpanded)
  const isLong = text.length > PREVIEW_CHARS
  const shown =
    isLong && !isExpanded ? `${text.slice(0, PREVIEW_CHARS).trimEnd()}…` : text

  return (
    <p className={cn('break-words whitespace-pre-wrap select-text', className)}>
      {shown}
      {isLong && (
        <button
          type="button"
          aria-expanded={isExpanded}
          onClick={() => setIsExpanded(!isExpanded)}
          className="ml-2 text-xs font-medium text-link underline"
        >
          {isExpanded ? 'Show less' : 'Show more'}
        </button>
      )}
    </p>
  )
}

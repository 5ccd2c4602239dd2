import { useState } from 'react'

import type { Connection } from '../../api/connections.ts'
import type { ApiResult } from '../../api/http.ts'
import type { SyncStatus } from '../../api/syncs.ts'
import { buildSupportText } from './support-text.ts'

type SyncActionsProps = {
  result: ApiResult<SyncStatus>
  connection: Connection | null
  isFinished: boolean
}

type CopyState = 'idle' | 'copied' | 'manual'

export function SyncActions({
  result,
  connection,
  isFinished,
}: SyncActionsProps) {
  const [copyState, setCopyState] = useState<CopyState>('idle')
  const [manualText, setManualText] = useState('')

  async function handleCopy() {
    const text = buildSupportText({
      sync: result.data,
      meta: result.meta,
      connection,
      pageUrl: window.location.href,
      now: new Date(),
    })
    try {
      await navigator.clipboard.writeText(text)
      setCopyState('copied')
      window.setTimeout(() => setCopyState('idle'), 2_500)
    } catch {
      // Clipboard access needs a secure context and permission; when either
      // is missing, show the text selected so Ctrl+C still works.
      setManualText(text)
      setCopyState('manual')
    }
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <button
          type="button"
          onClick={() => void handleCopy()}
          className="rounded-md border border-line-strong bg-surface px-3 py-1 font-medium hover:bg-canvas"
        >
          Copy details for support
        </button>
        <output className="text-ink-muted">
          {copyState === 'copied' ? 'Copied to the clipboard.' : ''}
        </output>
        {!isFinished && <NotifyOffer />}
      </div>
      {copyState === 'manual' && (
        <label className="block text-sm">
          <span className="text-ink-muted">
            The clipboard is not available here: the details are selected below,
            press Ctrl+C (or ⌘C) to copy them.
          </span>
          <textarea
            readOnly
            value={manualText}
            rows={8}
            ref={(node) => node?.select()}
            className="mt-1 block w-full rounded-md border border-line-strong bg-surface p-2 font-mono text-xs"
          />
        </label>
      )}
    </div>
  )
}

function NotifyOffer() {
  const [permission, setPermission] = useState(() =>
    typeof Notification === 'undefined'
      ? 'unsupported'
      : Notification.permission,
  )

  if (permission === 'granted') {
    return (
      <span className="text-ink-muted">
        A browser notification will say when it ends.
      </span>
    )
  }
  if (permission !== 'default') return null

  return (
    <button
      type="button"
      onClick={() => void Notification.requestPermission().then(setPermission)}
      className="text-link underline"
    >
      Notify me when it finishes
    </button>
  )
}

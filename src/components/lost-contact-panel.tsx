import { ErrorPanel } from './error-panel.tsx'

type LostContactPanelProps = {
  error: unknown
  /** When the status still on screen arrived. */
  receivedAt: Date
  onRetry: () => void
}

/** A sync status refresh that failed while the last status stays shown. */
export function LostContactPanel({
  error,
  receivedAt,
  onRetry,
}: LostContactPanelProps) {
  return (
    <ErrorPanel
      title="Lost contact with xPnA: showing the last status received"
      error={error}
      staleSince={receivedAt}
      onRetry={onRetry}
    />
  )
}

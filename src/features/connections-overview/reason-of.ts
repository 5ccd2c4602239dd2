import type { SyncStatus } from '../../api/syncs.ts'
import { isFailureStatus, statusTone } from '../../lib/status.ts'

/** "Extract failed: token revoked", else the sync's own message. */
export function reasonOf(sync: SyncStatus) {
  const step =
    sync.steps.find((s) => isFailureStatus(s.status)) ??
    sync.steps.find((s) => statusTone(s.status) === 'warning')
  if (step) {
    const what = `${step.name} ${isFailureStatus(step.status) ? 'failed' : 'reported errors'}`
    return step.message ? `${what}: ${step.message}` : what
  }
  return sync.message ?? `Ended as "${sync.status}" without a message`
}

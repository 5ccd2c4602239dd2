import type { Connection } from '../../api/connections.ts'
import type { ResponseMeta } from '../../api/schema-helpers.ts'
import type { SyncStatus } from '../../api/syncs.ts'
import { isSyncFinished, stepView } from '../../lib/status.ts'
import {
  formatCount,
  formatDuration,
  formatExact,
  formatUtc,
} from '../../lib/time.ts'

type SupportTextInput = {
  sync: SyncStatus
  meta: ResponseMeta | null
  connection: Pick<
    Connection,
    'entityId' | 'entityName' | 'sourceSystem'
  > | null
  pageUrl: string
  now: Date
}

// UTC for support across zones; the reader's own clock beside it, unless
// that clock is UTC anyway.
function withLocal(date: Date) {
  const utc = formatUtc(date)
  return date.getTimezoneOffset() === 0
    ? utc
    : `${utc} (local ${formatExact(date)})`
}

/**
 * A plain-text summary a person can paste into a ticket or chat: who, what,
 * when (in UTC), how each step ended, and the ids xPnA support asks for.
 */
export function buildSupportText({
  sync,
  meta,
  connection,
  pageUrl,
  now,
}: SupportTextInput) {
  const isOver = isSyncFinished(sync)
  const lines = [
    'xPnA sync details',
    `Entity: ${connection ? `${connection.entityName} (${connection.entityId})` : 'unknown'}`,
    `Source system: ${connection?.sourceSystem ?? 'unknown'}`,
    `Sync ID: ${sync.syncId}`,
    `Status: ${sync.status}`,
    `Message: ${sync.message ?? '(none)'}`,
    `Started: ${sync.startedAt ? withLocal(sync.startedAt) : 'not yet'}`,
    `Completed: ${sync.completedAt ? withLocal(sync.completedAt) : 'not yet'}`,
    '',
    `Steps (${sync.steps.length}):`,
    ...sync.steps.flatMap((step, index) => {
      const view = stepView(step.status, isOver)
      const timing = step.startedAt
        ? `${formatUtc(step.startedAt)}, ${formatDuration((step.completedAt ?? now).getTime() - step.startedAt.getTime())}`
        : 'not started'
      const count =
        step.count === null ? '' : `, count ${formatCount(step.count)}`
      const head = `${index + 1}. ${step.name}: ${step.status}${view.label === 'Unknown' ? ' (sync ended; outcome unknown)' : ''}${count}, ${timing}`
      return step.message ? [head, `   ${step.message}`] : [head]
    }),
    '',
    `Request ID: ${meta?.requestId ?? 'none'}`,
    `Correlation ID: ${meta?.correlationId ?? 'none'}`,
    `Workspace: ${meta?.workspaceIdentifier ?? 'unknown'}`,
    `Copied: ${withLocal(now)}`,
    `Page: ${pageUrl}`,
  ]
  return lines.join('\n')
}

import type {
  ConnectionData,
  Meta,
  SyncStartData,
  SyncStatusData,
  SyncStepData,
} from './wire.ts'

// The `odd-status` scenario: what PRODUCT.md says a feature-preview API may
// do beyond its reference page. Unknown status words, extra fields on every
// object, optional fields absent or null, and no steps while queued. Final
// statuses keep their words so a client still knows when to stop polling.

const ODD_WORDS: Record<string, string> = {
  queued: 'pending',
  running: 'reconciling',
}

const oddWord = (status: string) => ODD_WORDS[status] ?? status

export function oddMeta(meta: Meta) {
  return { ...meta, region: 'eu-west-2', deprecations: [] }
}

export function oddConnection(connection: ConnectionData) {
  const { lastSyncId, lastSyncStatus, nextScheduledSyncAt, ...rest } =
    connection

  return {
    ...rest,
    // Never synced: the fields are left out rather than null.
    ...(lastSyncId === null ? {} : { lastSyncId }),
    ...(lastSyncStatus === null
      ? {}
      : { lastSyncStatus: oddWord(lastSyncStatus) }),
    nextScheduledSyncAt,
    connectionType: 'direct',
    tags: ['month-end'],
  }
}

export function oddStart(start: SyncStartData) {
  return { ...start, queuePosition: 2, estimatedDurationSeconds: 15 }
}

export function oddStatus(status: SyncStatusData) {
  const { completedAt, steps, ...rest } = status
  const isQueued = status.status === 'queued'

  return {
    ...rest,
    status: oddWord(status.status),
    ...(completedAt === null ? {} : { completedAt }),
    steps: isQueued ? [] : steps.map(oddStep),
    initiatedBy: 'api',
    progress: { stepsDone: steps.filter(isDone).length, stepsTotal: 4 },
  }
}

function oddStep(step: SyncStepData) {
  const { startedAt, completedAt, ...rest } = step

  return {
    ...rest,
    status: oddWord(step.status),
    message: step.status === 'queued' ? null : step.message,
    ...(startedAt === null ? {} : { startedAt }),
    ...(completedAt === null ? {} : { completedAt }),
    warnings: [],
  }
}

function isDone(step: SyncStepData) {
  return step.status === 'completed'
}

import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'

import { connectionKeys } from '../../api/connections.ts'
import { startSync } from '../../api/syncs.ts'
import { type BulkOutcome, type BulkTarget, startMany } from './bulk-sync.ts'

export type BulkRun =
  | { phase: 'idle' }
  | { phase: 'running'; total: number; outcomes: BulkOutcome[] }
  | { phase: 'finished'; total: number; outcomes: BulkOutcome[] }

/** Starts many syncs, keeping count as each answer comes back. */
export function useBulkSync() {
  const queryClient = useQueryClient()
  const [run, setRun] = useState<BulkRun>({ phase: 'idle' })

  async function start(targets: readonly BulkTarget[]) {
    if (run.phase === 'running') return
    const total = new Set(targets.map((t) => t.entityId)).size
    setRun({ phase: 'running', total, outcomes: [] })
    const outcomes = await startMany(targets, {
      start: async (entityId) => (await startSync(entityId)).data,
      onOutcome: (outcome) =>
        setRun((current) =>
          current.phase === 'running'
            ? { ...current, outcomes: [...current.outcomes, outcome] }
            : current,
        ),
    })
    setRun({ phase: 'finished', total, outcomes })
    void queryClient.invalidateQueries({ queryKey: connectionKeys.all })
  }

  return { run, start, dismiss: () => setRun({ phase: 'idle' }) }
}

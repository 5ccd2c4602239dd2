import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'

import { connectionKeys } from '../api/connections.ts'

/**
 * Refreshes the connection list once when a sync watched on this page ends,
 * so its health and last-sync columns show the outcome without a reload.
 * `undefined` means the sync's state is not known yet.
 */
export function useRefreshWhenFinished(isFinished: boolean | undefined) {
  const queryClient = useQueryClient()
  const wasRunning = useRef(isFinished === false)

  useEffect(() => {
    if (isFinished === undefined) return
    if (!isFinished) {
      wasRunning.current = true
      return
    }
    if (!wasRunning.current) return
    wasRunning.current = false
    void queryClient.invalidateQueries({ queryKey: connectionKeys.all })
  }, [isFinished, queryClient])
}

import { useEffect, useRef } from 'react'
import type { StatusChanged } from '../api/types'

/**
 * Listens to reporting-service's status changes (Server-Sent Events through the gateway): the signed-in stream
 * has indicators and goals, the public one goals only. The browser reconnects by itself after a break.
 */
export function useLiveStatus(signedIn: boolean, onChange: (change: StatusChanged) => void, enabled = true) {
  const handler = useRef(onChange)
  handler.current = onChange
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return
    const source = new EventSource(signedIn ? '/api/reports/stream' : '/open-data/stream')
    source.onmessage = (event) => {
      try {
        handler.current(JSON.parse(event.data) as StatusChanged)
      } catch {
        // a keep-alive or a line we do not understand: nothing to show
      }
    }
    return () => source.close()
  }, [signedIn, enabled])
}

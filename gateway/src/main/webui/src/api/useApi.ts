import { useCallback, useEffect, useState } from 'react'

export type Loaded<T> = { data: T | undefined; error: unknown; loading: boolean; reload: () => void }

/** Loads once per change of `key` (null: don't load); reload() fetches again. Stale answers are dropped. */
export function useApi<T>(key: string | null, load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: key !== null })
  const [round, setRound] = useState(0)
  useEffect(() => {
    if (key === null) {
      setState({ loading: false })
      return
    }
    let live = true
    setState((s) => ({ data: s.data, loading: true }))
    load().then(
      (data) => live && setState({ data, loading: false }),
      (error) => live && setState({ error, loading: false }),
    )
    return () => {
      live = false
    }
    // load is recreated each render; the key says when the request changes
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, round])
  const reload = useCallback(() => setRound((r) => r + 1), [])
  return { data: state.data, error: state.error, loading: state.loading, reload }
}

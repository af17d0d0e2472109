import { afterEach } from 'vitest'

// component tests (jsdom) start from a clean DOM and storage; pure tests have neither
afterEach(async () => {
  if (typeof document === 'undefined') return
  const { cleanup } = await import('@testing-library/react')
  cleanup()
  localStorage.clear()
})

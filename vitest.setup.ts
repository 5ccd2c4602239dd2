import { afterEach, vi } from 'vitest'

// A stray console.error means a React warning or an unhandled failure that a
// test did not expect: fail the test instead of letting it scroll past.
afterEach(() => {
  vi.restoreAllMocks()
})

const originalError = console.error
console.error = (...args: unknown[]) => {
  originalError(...args)
  throw new Error(`console.error was called: ${String(args[0])}`)
}

// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'

import { ApiError } from '../api/errors.ts'
import { ErrorPanel } from './error-panel.tsx'

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

function rateLimited(retryAfterMs: number) {
  return new ApiError({
    kind: 'rate-limited',
    status: 429,
    message: 'Too many requests.',
    retryAfterMs,
    requestId: 'req-429',
  })
}

test('counts down the wait xPnA asked for, then tries again once by itself', () => {
  vi.useFakeTimers()
  const onRetry = vi.fn<() => void>()
  render(
    <ErrorPanel
      title="Could not load"
      error={rateLimited(3000)}
      onRetry={onRetry}
    />,
  )

  const before = screen.getByRole('alert').textContent
  act(() => vi.advanceTimersByTime(2000))
  const later = screen.getByRole('alert').textContent
  act(() => vi.advanceTimersByTime(1000))

  expect(before).toContain('Trying again in 3 s.')
  expect(later).toContain('Trying again in 1 s.')
  expect(onRetry).toHaveBeenCalledTimes(1)
  act(() => vi.advanceTimersByTime(60_000))
  expect(onRetry).toHaveBeenCalledTimes(1)
})

test('starts a new wait when the retry fails again', () => {
  vi.useFakeTimers()
  const onRetry = vi.fn<() => void>()
  const { rerender } = render(
    <ErrorPanel
      title="Could not load"
      error={rateLimited(1000)}
      onRetry={onRetry}
    />,
  )

  act(() => vi.advanceTimersByTime(1000))
  rerender(
    <ErrorPanel
      title="Could not load"
      error={rateLimited(1000)}
      onRetry={onRetry}
    />,
  )
  act(() => vi.advanceTimersByTime(1000))

  expect(onRetry).toHaveBeenCalledTimes(2)
})

test('never retries a rejected key by itself', () => {
  vi.useFakeTimers()
  const onRetry = vi.fn<() => void>()
  const error = new ApiError({ kind: 'http', status: 401, message: 'No.' })
  render(<ErrorPanel title="Could not load" error={error} onRetry={onRetry} />)

  act(() => vi.advanceTimersByTime(120_000))

  expect(onRetry).not.toHaveBeenCalled()
  expect(screen.getByRole('alert').textContent).toContain('XPNA_API_KEY')
})

test('shows the endpoint and the field of an unreadable answer', () => {
  const error = new ApiError({
    kind: 'invalid-response',
    status: 200,
    message: 'xPnA answered in a shape this dashboard does not understand.',
    endpoint: 'GET /connections',
    issues: ['data[0].entityName: expected string'],
    requestId: 'req-1',
  })

  render(<ErrorPanel title="Could not load" error={error} />)

  const text = screen.getByRole('alert').textContent
  expect(text).toContain('EndpointGET /connections')
  expect(text).toContain('Fielddata[0].entityName: expected string')
  expect(text).toContain('Request IDreq-1')
})

test('says how old the data still on screen is when a refresh failed', () => {
  vi.useFakeTimers({ now: new Date('2026-12-03T09:05:00Z') })

  render(
    <ErrorPanel
      title="Showing the last status received"
      error={new ApiError({ kind: 'network', message: 'Offline.' })}
      staleSince={new Date('2026-12-03T09:02:00Z')}
    />,
  )

  expect(screen.getByRole('alert').textContent).toContain(
    'Last received 3 minutes ago; it updates again by itself once xPnA answers.',
  )
})

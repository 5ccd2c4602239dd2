import type { QueryClient } from '@tanstack/react-query'
import {
  createRootRouteWithContext,
  Link,
  Outlet,
  type ErrorComponentProps,
} from '@tanstack/react-router'
import { useRef } from 'react'

import { AppHeader } from '../components/app-header.tsx'
import { ErrorPanel } from '../components/error-panel.tsx'
import { SyncFinishNotices } from '../components/sync-finish-notices.tsx'
import { useFocusOnNavigate } from '../hooks/use-focus-on-navigate.ts'

type RouterContext = { queryClient: QueryClient }

export const Route = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  errorComponent: RootError,
  notFoundComponent: NotFound,
})

function RootLayout() {
  const main = useRef<HTMLElement>(null)
  useFocusOnNavigate(main)

  return (
    <div className="min-h-screen">
      <AppHeader />
      <main
        id="main"
        ref={main}
        className="mx-auto max-w-7xl px-4 py-6 outline-none sm:px-6"
      >
        <Outlet />
      </main>
      <SyncFinishNotices />
    </div>
  )
}

function RootError({ error, reset }: ErrorComponentProps) {
  return (
    <div className="min-h-screen">
      <AppHeader />
      <main className="mx-auto max-w-3xl px-4 py-10">
        <ErrorPanel
          title="This page could not be shown"
          error={error}
          onRetry={reset}
        />
      </main>
    </div>
  )
}

function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="mt-2 text-ink-muted">
        This address is not part of the dashboard.
      </p>
      <Link
        to="/"
        className="mt-4 inline-block font-medium text-link underline"
      >
        Back to all connections
      </Link>
    </div>
  )
}

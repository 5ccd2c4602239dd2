import { useRouterState } from '@tanstack/react-router'
import { useEffect, useRef, type RefObject } from 'react'

/**
 * After an in-app navigation, moves focus to the new page's main heading
 * (or the main region), as a full page load would, so keyboard and screen
 * reader users start at the top of what changed. The first load is left
 * to the browser.
 */
export function useFocusOnNavigate(main: RefObject<HTMLElement | null>) {
  const pathname = useRouterState({
    select: (state) => state.location.pathname,
  })
  const isPending = useRouterState({
    select: (state) => state.status === 'pending',
  })
  const previous = useRef(pathname)

  useEffect(() => {
    if (isPending || previous.current === pathname) return
    previous.current = pathname
    const target =
      main.current?.querySelector<HTMLElement>('h1') ?? main.current
    if (!target) return
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1')
    target.focus({ preventScroll: false })
  }, [pathname, isPending, main])
}

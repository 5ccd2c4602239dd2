import { expect, test } from 'vitest'

import { createWatchedSyncs } from './watched-syncs.ts'

function memoryStorage() {
  const data = new Map<string, string>()
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  } as Storage
}

const acme = { syncId: 's1', entityId: 'e1', entityName: 'Acme Holdings' }

test('remembers watched syncs across a reload of the same tab', () => {
  const storage = memoryStorage()
  createWatchedSyncs(storage).watch(acme, 1000)

  const afterReload = createWatchedSyncs(storage)

  expect(afterReload.list()).toEqual([{ ...acme, watchedSince: 1000 }])
})

test('keeps the original watch time when the same sync is watched again', () => {
  const store = createWatchedSyncs(memoryStorage())
  store.watch({ ...acme, entityName: null }, 1000)

  store.watch(acme, 5000)

  expect(store.list()).toEqual([{ ...acme, watchedSince: 1000 }])
})

test('tells subscribers when a sync stops being watched', () => {
  const store = createWatchedSyncs(memoryStorage())
  store.watch(acme, 1000)
  let calls = 0
  store.subscribe(() => calls++)

  store.unwatch('s1')
  store.unwatch('s1')

  expect(store.list()).toEqual([])
  expect(calls).toBe(1)
})

test('starts empty when the stored value is unreadable', () => {
  const storage = memoryStorage()
  storage.setItem('xpna.watched-syncs', '{not json')

  expect(createWatchedSyncs(storage).list()).toEqual([])
})

'use client'

export function LazyButton() {
  return <button onClick={async () => (await import('./actions')).lazy()}>load</button>
}

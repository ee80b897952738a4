'use server'

declare const process: { env: Record<string, string | undefined> }
declare function log(message: string): void
declare global {
  interface Window {
    actionc: unknown
  }
}

export async function readEnv(name: string) {
  log(name)
  return process.env[name]
}

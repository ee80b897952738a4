'use server'

export async function audit(event: string) {
  return event
}

export async function neverUsed() {}

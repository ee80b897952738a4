'use server'

// The server keeps this; the browser bundle gets a stub that calls the server.
const SERVER_ONLY_GREETING = 'Hello from the server'

export async function greet(name: string): Promise<string> {
  return `${SERVER_ONLY_GREETING}, ${name}!`
}

// Nothing imports it: no stub, no registration, no endpoint ("stripped").
export async function unusedAction(): Promise<void> {}

'use server';

// Module-level actions. actionc compiles them: stubs in the client and SSR environments
// (React references from plugin-rsc's client runtime), registrations in the rsc one.
let serverCounter = 0;
const messages: string[] = [];

export async function getServerCounter(): Promise<number> {
  return serverCounter;
}

export async function updateServerCounter(change: number): Promise<void> {
  serverCounter += change;
}

export async function addMessage(formData: FormData): Promise<number> {
  messages.push(String(formData.get('message') ?? ''));
  return messages.length;
}

export async function getMessages(): Promise<string[]> {
  return [...messages];
}

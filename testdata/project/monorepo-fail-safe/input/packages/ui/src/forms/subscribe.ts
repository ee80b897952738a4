'use server';

export async function subscribe(email: string) {
  return email;
}

export async function unsubscribe(email: string) {
  return email;
}

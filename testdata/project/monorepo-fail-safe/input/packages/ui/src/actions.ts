'use server';

export async function like(id: string) {
  return id;
}

export async function unlike(id: string) {
  return id;
}

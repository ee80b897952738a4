'use server';
export async function phantom() {}

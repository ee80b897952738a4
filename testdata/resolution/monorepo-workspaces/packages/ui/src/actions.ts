'use server';
export async function like() {}

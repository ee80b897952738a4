'use server';
export async function local() {}

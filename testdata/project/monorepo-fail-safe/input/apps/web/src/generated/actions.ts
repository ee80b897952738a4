'use server';
export async function generated() {}

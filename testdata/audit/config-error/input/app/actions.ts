'use server';
export async function a() {}

"use server";

export async function quoted(): Promise<void> {}

'use server';

export async function banUser(id: string) {
  return id;
}

export async function auditLog() {}

'use server';

async function helper(id: string) {
  'use server';
  return id;
}

export async function run(id: string) {
  return helper(id);
}

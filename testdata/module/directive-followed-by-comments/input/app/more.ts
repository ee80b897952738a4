/* a */ 'use server' /* b */;
export async function archive(id: string) {
  return id
}

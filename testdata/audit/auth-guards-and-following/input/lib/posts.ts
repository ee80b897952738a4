export async function updatePostRow(id: string, by: string): Promise<{ id: string } | null> {
  return by ? { id } : null;
}

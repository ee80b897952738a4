export const db = {
  find: (id: string) => id,
  save: (id: string, note: string) => id + note,
  remove: (id: string) => id,
}

'USE SERVER'

export async function save(v: string) {
  return v
}

'use server'
(async () => {
  await Promise.resolve()
})()

export async function save(v: string) {
  return v
}

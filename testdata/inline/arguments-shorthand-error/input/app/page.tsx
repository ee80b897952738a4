export default function Page() {
  return async () => {
    'use server'
    return { arguments }
  }
}

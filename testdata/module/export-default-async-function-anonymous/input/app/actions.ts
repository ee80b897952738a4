'use server'

export default async function (data: FormData) {
  return data.has('x')
}

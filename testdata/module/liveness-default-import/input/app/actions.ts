'use server'

export default async function submit(form: FormData) {
  return form.get('q')
}

export async function unrelated() {}

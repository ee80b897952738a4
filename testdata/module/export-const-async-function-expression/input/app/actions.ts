'use server'

export const save = async function (form: FormData) {
  return form.get('name')
}

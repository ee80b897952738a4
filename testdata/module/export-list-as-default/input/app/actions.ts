'use server'

async function submit(form: FormData) {
  return form
}

export { submit as default }

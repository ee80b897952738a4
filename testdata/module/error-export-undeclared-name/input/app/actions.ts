'use server'

async function present() {}

export { present, missing }

'use server'

function format(v: string) {
  return v.trim()
}

export { format as tidy }

'use server'

export function* numbers() {
  yield 1
}

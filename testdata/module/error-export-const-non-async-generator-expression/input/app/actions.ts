'use server'

export const ids = function* () {
  yield 1
}

'use server'

export const handlers = {
  async save() {},
}

'use server'

export const Model = class {
  async save() {}
}

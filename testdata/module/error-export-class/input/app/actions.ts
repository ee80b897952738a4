'use server'

export class Store {
  async save() {}
}

'use server'

export default class Store {
  async save() {}
}

export default function Page() {
  class Api {
    static async #save() {
      'use server'
      return 1
    }
  }
  return Api
}

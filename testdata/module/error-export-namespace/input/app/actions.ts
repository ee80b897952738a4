'use server'

export namespace Actions {
  export async function run() {}
}

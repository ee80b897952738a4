'use server'

export let first = async (a: number) => a

export var second = async function (a: number, b: number) {
  return a + b
}

'use server'

type Action = (form: FormData) => Promise<void>

export const viaSatisfies = (async (form: FormData) => {
  form.get('a')
}) satisfies Action

export const viaAs = (async (form: FormData, extra: number) => {
  form.get('b')
}) as Action

'use server'

const handler = (v: string) => v

export default handler

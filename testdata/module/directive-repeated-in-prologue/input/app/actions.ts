'use server'
'use server'

export async function twice() {}

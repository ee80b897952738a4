'use strict'
'use server'

export async function strict() {}

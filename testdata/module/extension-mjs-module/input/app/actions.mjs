'use server'

export const send = async (message, channel) => ({ message, channel })

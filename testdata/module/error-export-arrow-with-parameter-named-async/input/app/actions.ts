'use server'

export const identity = async => async

export const named = function async() {}

'use server'
import { createActions } from './factory'

// Values only run time knows: each name is an action, checked when it is registered.
export const { signIn, signOut: logOut, nested: [first] } = createActions()
const made = createActions()
export const { other } = made

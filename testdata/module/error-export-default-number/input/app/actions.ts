'use server'

export default 42

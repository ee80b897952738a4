'use server'

async function run() {}

export = run

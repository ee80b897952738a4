#!/usr/bin/env node
'use server'

export async function hello(name) {
  return `hello ${name}`
}

'use strict'
'use sever'

export async function save(v: string) {
  return v
}

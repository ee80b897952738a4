import { encryptActionBoundArgs, registerServerReference } from './lib'

const $$bound = 'mine'
const $$ACTION_Page$act = 'also mine'

export default function Page({ id }: { id: string }) {
  const act = async (x = id) => {
    'use server'
    return [x, $$bound, $$ACTION_Page$act, encryptActionBoundArgs(), registerServerReference]
  }
  return act
}

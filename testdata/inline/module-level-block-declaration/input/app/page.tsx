let fromBlock: unknown
{
  async function blockAction(x: string) {
    'use server'
    return `block ${x}`
  }
  fromBlock = blockAction
}
export default function Page() {
  return fromBlock
}

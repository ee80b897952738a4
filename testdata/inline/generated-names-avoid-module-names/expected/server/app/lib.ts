export function encryptActionBoundArgs() {
  return 'mine'
}
export const registerServerReference = 'mine'

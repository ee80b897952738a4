import { publish } from './actions'
import { archive } from './more'
import { remove } from './crlf'
import { crlf } from './windows'

export default function Page() {
  return [publish, archive, remove, crlf]
}

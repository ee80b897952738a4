import { used } from './actions'

export default function Page() {
  return <form action={used.bind(null, 'x')} />
}

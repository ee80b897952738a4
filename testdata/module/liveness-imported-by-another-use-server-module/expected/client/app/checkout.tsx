import { placeOrder } from './actions/orders'

export function Checkout() {
  return <form action={placeOrder.bind(null, '42')} />
}

import { onlyTested } from './actions'

test('adds one', async () => {
  expect(await onlyTested(1)).toBe(2)
})

import './actions'

export const title = 'home'

export { addTodo as createTodo } from './todos'

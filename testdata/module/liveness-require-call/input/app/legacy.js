const { required } = require('./actions')

module.exports = function run() {
  return required()
}

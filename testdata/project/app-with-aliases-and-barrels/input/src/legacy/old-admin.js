// CommonJS code still reaches actions through require().
const exporter = require("../lib/actions/exports");
module.exports = { exportAll: () => exporter.exportCsv() };

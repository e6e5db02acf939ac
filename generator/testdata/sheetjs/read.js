// Reads workbooks with SheetJS (npm's xlsx, a test tool) and prints, for
// each, its sheets' rows as JSON: raw cell values (numbers, booleans,
// strings; dates as Excel serial numbers with their number format).
// Usage: node read.js SHEETJS_MODULE_DIR FILE...
const XLSX = require(process.argv[2]);
const out = {};
for (const file of process.argv.slice(3)) {
  const wb = XLSX.readFile(file, {cellDates: false, cellNF: true});
  const sheets = {};
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    const range = XLSX.utils.decode_range(ws['!ref'] || 'A1');
    const rows = [];
    for (let r = range.s.r; r <= range.e.r; r++) {
      const row = [];
      for (let c = range.s.c; c <= range.e.c; c++) {
        const cell = ws[XLSX.utils.encode_cell({r, c})];
        row.push(cell ? {t: cell.t, v: cell.v, z: cell.z || ''} : null);
      }
      rows.push(row);
    }
    sheets[name] = rows;
  }
  out[file] = sheets;
}
process.stdout.write(JSON.stringify(out));

// exceljs takes about 0.3 s to load, a fifth of a warm start: only import, export and the template need it,
// so the spreadsheet module is loaded on their first use rather than at start.
export const spreadsheet = (): typeof import('./spreadsheet') => require('./spreadsheet');

// What the benchmarks (npm run bench) share to report their figures.

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Prints `heading`, then `rows` (objects of text, all with the same keys) as
 * a Markdown table with aligned columns, so a note can quote it as it is.
 */
export function printTable(heading, rows) {
  const columns = Object.keys(rows[0]);
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => row[column].length)));
  const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ');
  console.log(`\n${heading}\n`);
  console.log(line(columns));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const row of rows) console.log(line(columns.map((column) => row[column])));
}

// Generates each component package's custom-elements.json from its JSDoc, the
// single source of its public API (Storybook's docs tables read it too).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};

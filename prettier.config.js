// Prettier formats the code in the style it already had: 120 characters, single quotes,
// semicolons, trailing commas. What it must leave as written is in .prettierignore.
/** @type {import('prettier').Config} */
export default {
  printWidth: 120,
  singleQuote: true,
  semi: true,
  trailingComma: 'all',
  plugins: ['prettier-plugin-astro'],
  overrides: [
    {
      files: '*.astro',
      options: {
        parser: 'astro',
        // The compiler collapses whitespace as a browser does (compressHTML: true in
        // astro.config.mjs), not as JSX does (the plugin's default).
        astroCompressHTML: 'html',
        // And no whitespace is added or removed where it could be text: a space inside an <a>
        // or after a <p> would change what readers copy, and the CSS decides what is inline.
        // So formatting changes a built page by nothing but the kind of whitespace in wrapped
        // prose (a line break for a space).
        htmlWhitespaceSensitivity: 'strict',
      },
    },
  ],
};

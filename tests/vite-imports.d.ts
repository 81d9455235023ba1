// Vite's `?raw` imports (a file's text), which the site's modules use and the tests reach
// (site/src/lib/developers.ts): for the root type check; the site's own check has Astro's types.
declare module '*?raw' {
  const text: string;
  export default text;
}

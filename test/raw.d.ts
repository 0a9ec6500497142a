// Vite's ?raw suffix imports a file's text; vitest bundles it, so corpora load inside workerd.
declare module '*?raw' {
  const text: string
  export default text
}

// What vitest's bundler (Vite) gives the tests: files read as text inside workerd, which has no fs.
declare module '*?raw' {
  const text: string
  export default text
}

interface ImportMeta {
  // Vite's import.meta.glob, in the one form the tests use: every matching file's text, eagerly.
  glob<T>(pattern: string, options: { query: '?raw'; import: 'default'; eager: true }): Record<string, T>
}

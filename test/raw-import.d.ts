// Vite's ?raw imports (golden files read as text inside workerd, which has no fs).
declare module '*?raw' {
  const text: string
  export default text
}

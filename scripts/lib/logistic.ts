// L2-regularised logistic regression on sparse binary rows (each row scaled to unit length), fitted with L-BFGS.
// Deterministic: same data, same weights — the build can regenerate the model byte for byte.
export type SparseRow = Int32Array // feature indices, unique

export function fitLogistic(rows: SparseRow[], y: Float64Array, dims: number, l2: number, maxIter = 300): { w: Float64Array; b: number } {
  const n = rows.length
  const scale = rows.map((r) => 1 / Math.sqrt(Math.max(1, r.length)))
  const size = dims + 1 // last slot is the bias
  const lossGrad = (x: Float64Array, g: Float64Array): number => {
    g.fill(0)
    let loss = 0
    for (let i = 0; i < n; i++) {
      const r = rows[i]!, s = scale[i]!
      let z = x[dims]!
      for (let k = 0; k < r.length; k++) z += x[r[k]!]! * s
      loss += z > 0 ? z + Math.log1p(Math.exp(-z)) - y[i]! * z : Math.log1p(Math.exp(z)) - y[i]! * z
      const d = (1 / (1 + Math.exp(-z)) - y[i]!) / n
      for (let k = 0; k < r.length; k++) g[r[k]!]! += d * s
      g[dims]! += d
    }
    loss /= n
    for (let j = 0; j < dims; j++) { loss += 0.5 * l2 * x[j]! * x[j]!; g[j]! += l2 * x[j]! }
    return loss
  }
  const x = new Float64Array(size)
  const g = new Float64Array(size)
  let f = lossGrad(x, g)
  const m = 10
  const S: Float64Array[] = [], Y: Float64Array[] = [], rho: number[] = []
  const dot = (a: Float64Array, b: Float64Array) => { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!; return s }
  const xNew = new Float64Array(size), gNew = new Float64Array(size)
  for (let iter = 0; iter < maxIter; iter++) {
    // Two-loop recursion: d = -H·g.
    const d = Float64Array.from(g, (v) => -v)
    const alpha: number[] = []
    for (let k = S.length - 1; k >= 0; k--) { const a = rho[k]! * dot(S[k]!, d); alpha[k] = a; for (let i = 0; i < size; i++) d[i]! -= a * Y[k]![i]! }
    if (S.length > 0) { const gamma = dot(S.at(-1)!, Y.at(-1)!) / dot(Y.at(-1)!, Y.at(-1)!); for (let i = 0; i < size; i++) d[i]! *= gamma }
    for (let k = 0; k < S.length; k++) { const bta = rho[k]! * dot(Y[k]!, d); for (let i = 0; i < size; i++) d[i]! += S[k]![i]! * (alpha[k]! - bta) }
    const slope = dot(g, d)
    if (slope >= 0) break
    // Backtracking (Armijo) line search.
    let step = S.length === 0 ? 1 / Math.max(1, Math.sqrt(dot(g, g))) : 1
    let fNew = Infinity
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < size; i++) xNew[i] = x[i]! + step * d[i]!
      fNew = lossGrad(xNew, gNew)
      if (fNew <= f + 1e-4 * step * slope) break
      step /= 2
    }
    const s = Float64Array.from(xNew, (v, i) => v - x[i]!)
    const yv = Float64Array.from(gNew, (v, i) => v - g[i]!)
    const sy = dot(s, yv)
    x.set(xNew); g.set(gNew)
    const done = Math.abs(f - fNew) < 1e-9 * Math.max(1, Math.abs(f))
    f = fNew
    if (sy > 1e-12) { S.push(s); Y.push(yv); rho.push(1 / sy); if (S.length > m) { S.shift(); Y.shift(); rho.shift() } }
    if (done) break
  }
  return { w: x.subarray(0, dims), b: x[dims]! }
}

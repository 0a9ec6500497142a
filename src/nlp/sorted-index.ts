// Where `value` sits in an ascending list (numbers, or strings in code-unit order), or -1: lookups in sorted
// tables that are read in place rather than copied into a Map.
export function sortedIndexOf<T extends number | string>(list: ArrayLike<T>, value: T): number {
  let lo = 0
  let hi = list.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const v = list[mid]!
    if (v === value) return mid
    if (v < value) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}

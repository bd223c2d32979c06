export type Tree = { [key: string]: string | Tree };

/** Later trees add keys to earlier ones; a domain catalogue may extend a shared group (errors, timeline). */
export function mergeTrees(...trees: Tree[]): Tree {
  const out: Tree = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const existing = out[key];
      out[key] =
        typeof value === 'object' && typeof existing === 'object'
          ? mergeTrees(existing, value)
          : value;
    }
  }
  return out;
}

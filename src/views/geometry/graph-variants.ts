// The graph's sizes: the default shows the most mentioned entities; larger variants show more, up to a
// cap that pan and zoom still handle smoothly. A size appears only if it adds entities.
export const GRAPH_SIZES = [150, 500, 1000] as const;

export interface GraphVariant {
  /** Number of entities shown. */
  shown: number;
  /** The URL path under the site base. */
  path: string;
  label: string;
}

export function graphVariants(totalEntities: number): GraphVariant[] {
  const variants: GraphVariant[] = [];
  for (const size of GRAPH_SIZES) {
    const previous = variants.at(-1);
    if (previous && previous.shown >= totalEntities) break;
    const shown = Math.min(size, totalEntities);
    variants.push({
      shown,
      path: previous ? `graph/top-${size}/` : 'graph/',
      label: shown === totalEntities ? `all ${shown}` : `top ${shown}`,
    });
  }
  return variants;
}

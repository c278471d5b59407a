import { describe, expect, it } from 'vitest';
import type { GraphLayout } from '../../src/views/geometry/force-layout.ts';
import { graphFontSize, graphNeighbours } from '../../src/views/graph-page.ts';

describe('a graph page', () => {
  it('knows each node’s neighbours from the links, in both directions', () => {
    const links = [{ source: 'orna', target: 'velmora', weight: 2 }, { source: 'olk', target: 'orna', weight: 1 }] as GraphLayout['links'];
    expect([...graphNeighbours(links)]).toEqual([['orna', ['velmora', 'olk']], ['velmora', ['orna']], ['olk', ['orna']]]);
  });
  it('writes names 12 units high per 1,000 units of width, to one decimal', () => {
    expect([graphFontSize(1000), graphFontSize(1400), graphFontSize(1234)]).toEqual([12, 16.8, 14.8]);
  });
});

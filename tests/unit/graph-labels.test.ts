import { describe, expect, it } from 'vitest';
import { placeGraphLabels, wrapName } from '../../src/views/geometry/graph-labels.ts';

describe('graph names', () => {
  it('wrap at the space that balances the two lines, never inside a word', () => {
    expect(wrapName('Northwind Trading Company Limited', 10, 120)).toEqual(['Northwind Trading', 'Company Limited']);
    expect(wrapName('Ada', 10, 120)).toEqual(['Ada']);
    expect(wrapName('Supercalifragilisticexpialidocious', 10, 60)).toEqual(['Supercalifragilisticexpialidocious']);
  });

  it('go below their node when there is room, and the larger node wins a contested spot', () => {
    const nodes = [
      { id: 'big', x: 100, y: 100, r: 10 },
      { id: 'small', x: 100, y: 135, r: 3 },
    ];
    const names: Record<string, string> = { big: 'Ada Byron', small: 'Bo' };
    const placed = placeGraphLabels(nodes, (id) => names[id]!, { width: 300, height: 300, fontSize: 10, maxLineWidth: 200 });
    const big = placed.find((l) => l.id === 'big')!;
    expect(big.anchor).toBe('middle');
    expect(big.box.y).toBe(112);
    // The small node sits where the big one's name went below: its own name goes elsewhere, not over it.
    const small = placed.find((l) => l.id === 'small');
    expect(small?.box.y === undefined || small.box.y >= 140 || small.box.x >= 103 || small.box.x + small.box.width <= 97).toBe(true);
  });

  it('never cover another name, any node, or the edge of the picture', () => {
    const nodes = Array.from({ length: 60 }, (_, i) => ({ id: `n${i}`, x: 20 + ((i * 37) % 260), y: 20 + ((i * 53) % 260), r: 3 + (i % 7) }));
    const placed = placeGraphLabels(nodes, (id) => `Entity ${id}`, { width: 300, height: 300, fontSize: 10, maxLineWidth: 80 });
    expect(placed.length).toBeGreaterThan(5);
    for (const a of placed) {
      expect(a.box.x >= 0 && a.box.y >= 0 && a.box.x + a.box.width <= 300 && a.box.y + a.box.height <= 300).toBe(true);
      for (const b of placed) {
        if (a === b) continue;
        const apart = a.box.x + a.box.width <= b.box.x || b.box.x + b.box.width <= a.box.x || a.box.y + a.box.height <= b.box.y || b.box.y + b.box.height <= a.box.y;
        expect(apart, `${a.id} and ${b.id}`).toBe(true);
      }
      for (const n of nodes) {
        const nx = Math.max(a.box.x, Math.min(n.x, a.box.x + a.box.width));
        const ny = Math.max(a.box.y, Math.min(n.y, a.box.y + a.box.height));
        expect((nx - n.x) ** 2 + (ny - n.y) ** 2 >= n.r ** 2, `${a.id} over ${n.id}`).toBe(true);
      }
    }
  });

  it('are placed the same whatever the input order', () => {
    const nodes = [
      { id: 'a', x: 50, y: 50, r: 5 }, { id: 'b', x: 70, y: 52, r: 5 }, { id: 'c', x: 60, y: 80, r: 8 },
    ];
    const options = { width: 200, height: 200, fontSize: 10, maxLineWidth: 100 };
    const once = placeGraphLabels(nodes, (id) => `Name ${id}`, options);
    const again = placeGraphLabels([...nodes].reverse(), (id) => `Name ${id}`, options);
    expect(again).toEqual(once);
  });

  it('names the largest node further out rather than not at all when small nodes crowd it', () => {
    const nodes = [{ id: 'hub', x: 200, y: 200, r: 10 }];
    for (let k = 0; k < 16; k++) {
      const angle = (k / 16) * 2 * Math.PI;
      nodes.push({ id: `n${k}`, x: 200 + 21 * Math.cos(angle), y: 200 + 21 * Math.sin(angle), r: 2 });
    }
    const hub = placeGraphLabels(nodes, (id) => (id === 'hub' ? 'Hub' : ''), { width: 400, height: 400, fontSize: 11, maxLineWidth: 120 })
      .filter((label) => label.id === 'hub');
    expect(hub.map((label) => label.box)).toEqual([{ x: 225, y: 193.4, width: 23, height: 13.2 }]);
  });
});

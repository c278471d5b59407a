// Makes the build-time graph interactive: hover or focus highlights a node's neighbours; drag, pinch and
// Ctrl + wheel pan and zoom by changing one CSS transform on the viewport <g> (no layout per frame).
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';

function neighbourMap(svg: SVGSVGElement): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const add = (a: string, b: string) => map.set(a, (map.get(a) ?? new Set()).add(b));
  for (const line of svg.querySelectorAll<SVGLineElement>('line[data-s]')) {
    const { s, t } = line.dataset;
    if (s && t) {
      add(s, t);
      add(t, s);
    }
  }
  return map;
}

function setupHighlight(svg: SVGSVGElement): void {
  const neighbours = neighbourMap(svg);
  const nodes = new Map([...svg.querySelectorAll<SVGAElement>('.graph-node')].map((el) => [el.dataset.id ?? '', el]));
  const lines = [...svg.querySelectorAll<SVGLineElement>('line[data-s]')];
  let active: string | null = null;
  const clear = () => {
    if (active === null) return;
    svg.classList.remove('is-highlighting');
    for (const el of svg.querySelectorAll('.is-active, .is-neighbour')) el.classList.remove('is-active', 'is-neighbour');
    active = null;
  };
  const highlight = (id: string) => {
    if (id === active) return;
    clear();
    active = id;
    svg.classList.add('is-highlighting');
    nodes.get(id)?.classList.add('is-active');
    for (const other of neighbours.get(id) ?? []) nodes.get(other)?.classList.add('is-neighbour');
    for (const line of lines) if (line.dataset.s === id || line.dataset.t === id) line.classList.add('is-active');
  };
  const nodeOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGAElement>('.graph-node') : null);
  svg.addEventListener('pointerover', (event) => {
    const node = nodeOf(event.target);
    if (node?.dataset.id) highlight(node.dataset.id);
  });
  svg.addEventListener('pointerout', (event) => {
    if (!nodeOf(event.relatedTarget)) clear();
  });
  svg.addEventListener('focusin', (event) => {
    const node = nodeOf(event.target);
    if (node?.dataset.id) highlight(node.dataset.id);
  });
  svg.addEventListener('focusout', (event) => {
    if (!nodeOf(event.relatedTarget)) clear();
  });
}

function setupZoom(svg: SVGSVGElement, controls: HTMLElement | null): void {
  const viewport = svg.querySelector<SVGGElement>('[data-graph-viewport]');
  if (!viewport) return;
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.5, 12])
    // A plain wheel scrolls the page; pinch (reported as Ctrl + wheel) or Ctrl/⌘ + wheel zooms.
    .filter((event: Event) => (event.type === 'wheel' ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey : !(event as MouseEvent).button))
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const { x, y, k } = event.transform;
      viewport.style.transform = `translate(${x}px, ${y}px) scale(${k})`;
    });
  const selection = select(svg).call(behaviour);
  if (!controls) return;
  controls.hidden = false;
  controls.querySelectorAll<HTMLButtonElement>('[data-zoom]').forEach((button) => {
    button.addEventListener('click', () => {
      const action = button.dataset.zoom;
      if (action === 'in') behaviour.scaleBy(selection, 1.5);
      else if (action === 'out') behaviour.scaleBy(selection, 1 / 1.5);
      else behaviour.transform(selection, zoomIdentity);
    });
  });
}

export function enhanceGraph(root: Document): void {
  const svg = root.querySelector<SVGSVGElement>('svg[data-graph]');
  if (!svg) return;
  setupHighlight(svg);
  setupZoom(svg, root.querySelector<HTMLElement>('[data-graph-controls]'));
}

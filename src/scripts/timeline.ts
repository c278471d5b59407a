// Makes the build-time timeline interactive: filters (entity, entity type, precision) over the SVG marks,
// the table and the undated lanes, and zoom/pan on the x axis. The SVG stays correct without this script.
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';

const SVG_NS = 'http://www.w3.org/2000/svg';
const numbers = (value: string | undefined): number[] => (value ?? '').split(' ').map(Number);

function matches(el: HTMLElement | SVGElement, filter: { entity: string; type: string; precision: string }): boolean {
  const { entities = '', types = '', precision = '' } = el.dataset;
  if (filter.entity && !entities.split(' ').includes(filter.entity)) return false;
  if (filter.type && !types.split(' ').includes(filter.type)) return false;
  if (filter.precision && precision !== filter.precision && !(filter.precision === 'day' && precision === 'instant')) return false;
  return true;
}

function setupFilters(root: Document, form: HTMLFormElement): void {
  const status = form.querySelector<HTMLElement>('[data-timeline-status]');
  const apply = () => {
    const data = new FormData(form);
    const filter = { entity: String(data.get('entity') ?? ''), type: String(data.get('type') ?? ''), precision: String(data.get('precision') ?? '') };
    for (const mark of root.querySelectorAll<SVGElement>('.tl-mark')) mark.classList.toggle('is-filtered', !matches(mark, filter));
    let shown = 0;
    const rows = root.querySelectorAll<HTMLElement>('[data-event]');
    for (const row of rows) {
      const ok = matches(row, filter);
      row.hidden = !ok;
      if (ok) shown += 1;
    }
    // Open the year sections that hold a match, so a filtered table never looks empty.
    const filtering = Boolean(filter.entity || filter.type || filter.precision);
    for (const details of root.querySelectorAll<HTMLDetailsElement>('[data-timeline-table] details')) {
      const any = details.querySelector('[data-event]:not([hidden])') !== null;
      details.hidden = !any;
      if (filtering && any) details.open = true;
    }
    if (!status) return;
    if (root.querySelector('[data-timeline-table]')) {
      status.textContent = filtering ? `${shown} of ${rows.length} events match` : `${rows.length} events`;
    } else {
      // The table is on per-year pages: count the dates drawn, plus the undated events listed here.
      const marks = root.querySelectorAll('.tl-mark');
      const visible = [...marks].filter((m) => !m.classList.contains('is-filtered')).length;
      status.textContent = filtering ? `${visible} of ${marks.length} dates and ${shown} of ${rows.length} undated events match` : `${marks.length} dates, ${rows.length} undated events`;
    }
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
}

function redrawAxis(svg: SVGSVGElement, scale: ScaleTime<number, number>): void {
  const axis = svg.querySelector<SVGGElement>('[data-axis]');
  const grid = svg.querySelector<SVGGElement>('[data-grid]');
  if (!axis || !grid) return;
  const [left, right] = scale.range() as [number, number];
  const top = Number(grid.querySelector('line')?.getAttribute('y1') ?? 8);
  const bottom = Number(axis.transform.baseVal.consolidate()?.matrix.f ?? 0);
  const format = scale.tickFormat();
  axis.querySelectorAll('text').forEach((t) => t.remove());
  grid.replaceChildren();
  for (const tick of scale.ticks(Math.max(2, Math.floor((right - left) / 110)))) {
    const x = scale(tick);
    const text = document.createElementNS(SVG_NS, 'text');
    Object.entries({ x: String(x), y: '18', 'text-anchor': 'middle' }).forEach(([k, v]) => text.setAttribute(k, v));
    text.textContent = format(tick);
    axis.append(text);
    const line = document.createElementNS(SVG_NS, 'line');
    Object.entries({ x1: String(x), x2: String(x), y1: String(top), y2: String(bottom) }).forEach(([k, v]) => line.setAttribute(k, v));
    grid.append(line);
  }
}

function setupZoom(svg: SVGSVGElement, form: HTMLFormElement | null): void {
  const domain = numbers(svg.dataset.domain) as [number, number];
  const extent = numbers(svg.dataset.extent) as [number, number];
  const [left, right] = numbers(svg.dataset.range) as [number, number];
  const base = scaleUtc().domain(domain).range([left, right]);
  const marks = [...svg.querySelectorAll<SVGAElement>('.tl-mark')].map((el) => ({
    start: Number(el.dataset.start), end: Number(el.dataset.end), shape: el.querySelector<SVGGraphicsElement>('circle, rect')!,
  }));
  const fitTo = ([from, to]: [number, number]) => {
    const k = (right - left) / (base(to) - base(from));
    return zoomIdentity.translate(left - k * base(from), 0).scale(k);
  };
  const allTime = fitTo(extent);
  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([Math.min(1, allTime.k) / 1.5, 400])
    .extent([[left, 0], [right, 1]])
    // A plain wheel scrolls the page; pinch or Ctrl/⌘ + wheel zooms; drag pans.
    .filter((event: Event) => (event.type === 'wheel' ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey : !(event as MouseEvent).button))
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const scale = event.transform.rescaleX(base);
      for (const { start, end, shape } of marks) {
        if (shape instanceof SVGCircleElement) shape.setAttribute('cx', String(scale((start + end) / 2)));
        else {
          shape.setAttribute('x', String(scale(start)));
          shape.setAttribute('width', String(Math.max(2, scale(end) - scale(start))));
        }
      }
      redrawAxis(svg, scale);
    });
  const selection = select(svg).call(behaviour);
  form?.querySelectorAll<HTMLButtonElement>('[data-zoom]').forEach((button) => {
    button.addEventListener('click', () => {
      const action = button.dataset.zoom;
      if (action === 'in') behaviour.scaleBy(selection, 1.6);
      else if (action === 'out') behaviour.scaleBy(selection, 1 / 1.6);
      else if (action === 'all') behaviour.transform(selection, allTime);
      else behaviour.transform(selection, zoomIdentity);
    });
  });
}

/** A link to a table row inside a closed year section opens that section. */
function revealTarget(root: Document): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? root.getElementById(id) : null;
  const details = target?.closest('details');
  if (details && !details.open) {
    details.open = true;
    target?.scrollIntoView();
  }
}

export function enhanceTimeline(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('[data-timeline-filters]');
  if (form) {
    form.hidden = false;
    setupFilters(root, form);
  }
  const svg = root.querySelector<SVGSVGElement>('svg[data-timeline]');
  if (svg) setupZoom(svg, form);
  revealTarget(root);
  window.addEventListener('hashchange', () => revealTarget(root));
}

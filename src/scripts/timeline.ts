// Makes the build-time timeline interactive: filters (entity, entity type, precision) over the SVG marks,
// the table and the undated lanes, and zoom/pan on the x axis. The SVG stays correct without this script.
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { axisTicks, binUnit, densityBins, placeLabels, textWidth } from '../views/geometry/timeline-overview.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const numbers = (value: string | undefined): number[] => (value ?? '').split(' ').map(Number);

function matches(el: HTMLElement | SVGElement, filter: { entity: string; type: string; precision: string }): boolean {
  const { entities = '', types = '', precision = '' } = el.dataset;
  if (filter.entity && !entities.split(' ').includes(filter.entity)) return false;
  if (filter.type && !types.split(' ').includes(filter.type)) return false;
  if (filter.precision && precision !== filter.precision && !(filter.precision === 'day' && precision === 'instant')) return false;
  return true;
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Hide the marks, labels and rows that the filters (and the range zoomed to, if any) leave out. */
function applyFilters(root: Document, form: HTMLFormElement | null, period: [number, number] | null): void {
  const data = form ? new FormData(form) : new FormData();
  const filter = { entity: String(data.get('entity') ?? ''), type: String(data.get('type') ?? ''), precision: String(data.get('precision') ?? '') };
  const filteredValues = new Set<string>();
  for (const mark of root.querySelectorAll<SVGElement>('.tl-mark, .tl-vmark')) {
    const out = !matches(mark, filter);
    mark.classList.toggle('is-filtered', out);
    if (out && mark.dataset.value) filteredValues.add(mark.dataset.value);
  }
  for (const label of root.querySelectorAll<SVGElement>('.tl-label')) label.classList.toggle('is-filtered', filteredValues.has(label.dataset.value ?? ''));
  let shown = 0;
  const rows = root.querySelectorAll<HTMLElement>('[data-event]');
  const inPeriod = (row: HTMLElement) => !period || row.dataset.start === undefined || (Number(row.dataset.start) < period[1] && Number(row.dataset.end) > period[0]);
  for (const row of rows) {
    const ok = matches(row, filter) && inPeriod(row);
    row.hidden = !ok;
    if (ok) shown += 1;
  }
  // Open the year sections that hold a match, so a filtered table never looks empty.
  const filtering = Boolean(filter.entity || filter.type || filter.precision || period);
  for (const details of root.querySelectorAll<HTMLDetailsElement>('[data-timeline-table] details')) {
    const any = details.querySelector('[data-event]:not([hidden])') !== null;
    details.hidden = !any;
    if (filtering && any) details.open = true;
  }
  const status = form?.querySelector<HTMLElement>('[data-timeline-status]') ?? root.querySelector<HTMLElement>('[data-timeline-period]');
  if (!status) return;
  const range = period ? `, ${DATE.format(period[0])} to ${DATE.format(period[1] - 1)} shown` : '';
  if (!form) {
    status.textContent = period ? `${shown} of ${rows.length} events${range}` : '';
  } else if (root.querySelector('[data-timeline-table]')) {
    status.textContent = filtering ? `${shown} of ${rows.length} events match${range}` : `${rows.length} events`;
  } else {
    // The table is on per-year pages: count the dates drawn, plus the undated events listed here.
    const marks = [...root.querySelectorAll<SVGElement>('svg[data-timeline] .tl-mark')];
    const visible = marks.filter((m) => !m.classList.contains('is-filtered') && (!period || (Number(m.dataset.start) < period[1] && Number(m.dataset.end) > period[0]))).length;
    status.textContent = filtering ? `${visible} of ${marks.length} dates and ${shown} of ${rows.length} undated events match${range}` : `${marks.length} dates, ${rows.length} undated events`;
  }
}

const setAttrs = (el: Element, attrs: Record<string, string | number>) => Object.entries(attrs).forEach(([k, v]) => el.setAttribute(k, String(v)));

function redrawAxis(svg: SVGSVGElement, scale: ScaleTime<number, number>): void {
  const axis = svg.querySelector<SVGGElement>('[data-axis]');
  const grid = svg.querySelector<SVGGElement>('[data-grid]');
  if (!axis || !grid) return;
  const [left, right] = scale.range() as [number, number];
  const width = svg.viewBox.baseVal.width;
  const font = Number(svg.dataset.font ?? 12.5);
  const top = Number(grid.dataset.top ?? 8);
  const bottom = Number(grid.dataset.bottom ?? 0);
  const firstYearLink = axis.querySelector<SVGAElement>('a[data-year]');
  const hrefOf = (year: string) => (firstYearLink ? (firstYearLink.getAttribute('href') ?? '').replace(firstYearLink.dataset.year ?? '', year) : '');
  axis.querySelectorAll('text, a').forEach((t) => t.remove());
  grid.replaceChildren();
  const [from, to] = scale.domain().map((d) => d.getTime()) as [number, number];
  for (const tick of axisTicks([from, to], right - left, font)) {
    const x = scale(tick.time);
    const w = textWidth(tick.label, font);
    if (tick.year ? x + 4 + w > width : x - w / 2 < 0 || x + w / 2 > width) continue;
    const text = document.createElementNS(SVG_NS, 'text');
    setAttrs(text, tick.year ? { x: x + 4, y: 19 } : { x, y: 19, 'text-anchor': 'middle' });
    text.textContent = tick.label;
    if (tick.year && firstYearLink) {
      const link = document.createElementNS(SVG_NS, 'a');
      setAttrs(link, { href: hrefOf(tick.label), class: 'tl-year', 'data-year': tick.label });
      link.append(text);
      axis.append(link);
    } else {
      if (tick.year) text.setAttribute('class', 'tl-year');
      text.setAttribute('aria-hidden', 'true');
      axis.append(text);
    }
    const line = document.createElementNS(SVG_NS, 'line');
    setAttrs(line, { x1: x, x2: x, y1: tick.year ? 4 : top, y2: bottom, ...(tick.year ? { class: 'is-year' } : {}) });
    grid.append(line);
  }
}

/** Place the key-event labels again for the range now shown: most important first, none overlapping. */
function replaceLabels(svg: SVGSVGElement, scale: ScaleTime<number, number>): void {
  const group = svg.querySelector<SVGGElement>('[data-labels]');
  const bins = svg.querySelector<SVGGElement>('[data-bins]');
  if (!group || !bins) return;
  const lanes = Number(svg.dataset.lanes ?? 3);
  const histTop = Number(bins.dataset.base) - Number(bins.dataset.height);
  const width = svg.viewBox.baseVal.width;
  const labels = [...group.querySelectorAll<SVGGElement>('.tl-label')].filter((g) => !g.classList.contains('is-filtered'));
  const candidates = labels.map((g) => ({ id: g.dataset.value ?? '', anchor: scale(Number(g.dataset.time)), width: Number(g.dataset.width), score: Number(g.dataset.score) }));
  const placed = new Map(placeLabels(candidates, { left: 2, right: width - 2, lanes }).map((p) => [p.id, p]));
  for (const g of group.querySelectorAll<SVGGElement>('.tl-label')) {
    const p = placed.get(g.dataset.value ?? '');
    if (!p) {
      g.setAttribute('display', 'none');
      continue;
    }
    g.removeAttribute('display');
    const baseline = histTop - 6 - p.lane * 19;
    setAttrs(g.querySelector('text')!, { x: p.x, y: baseline });
    setAttrs(g.querySelector('line')!, { x1: p.anchor, x2: p.anchor, y1: baseline + 3 });
  }
}

/** Zoom and pan on the time axis; returns a function that places the labels again at the current zoom. */
function setupZoom(svg: SVGSVGElement, form: HTMLFormElement | null, onPeriod: (period: [number, number] | null) => void): () => void {
  const domain = numbers(svg.dataset.domain) as [number, number];
  const extent = numbers(svg.dataset.extent) as [number, number];
  const [left, right] = numbers(svg.dataset.range) as [number, number];
  const base = scaleUtc().domain(domain).range([left, right]);
  const marks = [...svg.querySelectorAll<SVGAElement>('.tl-mark')].map((el) => ({
    start: Number(el.dataset.start), end: Number(el.dataset.end), shape: el.querySelector<SVGGraphicsElement>('circle, rect')!,
  }));
  let bins = [...svg.querySelectorAll<SVGRectElement>('[data-bins] rect')].map((el) => ({ start: Number(el.dataset.start), end: Number(el.dataset.end), el }));
  const binGroup = svg.querySelector<SVGGElement>('[data-bins]');
  const dated = [...svg.querySelectorAll<SVGAElement>('.tl-mark')].map((el) => ({ start: Number(el.dataset.start), end: Number(el.dataset.end), count: Number(el.dataset.count ?? 1) }));
  let binned = { unit: binUnit(domain), range: domain };
  /** Count again, by week, month or year as the range shown asks, once a zoom gesture ends. */
  const rebin = (scale: ScaleTime<number, number>) => {
    if (!binGroup) return;
    const [from, to] = scale.domain().map((d) => d.getTime()) as [number, number];
    const unit = binUnit([from, to]);
    if (unit === binned.unit && from >= binned.range[0] && to <= binned.range[1]) return;
    // A margin of one view each side, so a short pan needs no new count.
    const range: [number, number] = [from - (to - from), to + (to - from)];
    binned = { unit, range };
    const counted = densityBins(dated, range, unit).filter((b) => b.count > 0);
    const max = Math.max(1, ...counted.map((b) => b.count));
    const base = Number(binGroup.dataset.base);
    const height = Number(binGroup.dataset.height);
    binGroup.replaceChildren();
    bins = counted.map((bin) => {
      const el = document.createElementNS(SVG_NS, 'rect');
      const h = Math.max(1.5, (bin.count / max) * height);
      setAttrs(el, { y: base - h, height: h, x: scale(bin.start), width: Math.max(1, scale(bin.end) - scale(bin.start) - 1) });
      binGroup.append(el);
      return { start: bin.start, end: bin.end, el };
    });
  };
  const fitTo = ([from, to]: [number, number]) => {
    const k = (right - left) / (base(to) - base(from));
    return zoomIdentity.translate(left - k * base(from), 0).scale(k);
  };
  const allTime = fitTo(extent);
  let frame = 0;
  let current = base;
  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([Math.min(1, allTime.k) / 1.5, 400])
    .extent([[left, 0], [right, 1]])
    // A plain wheel scrolls the page; pinch or Ctrl/⌘ + wheel zooms; drag pans.
    .filter((event: Event) => (event.type === 'wheel' ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey : !(event as MouseEvent).button))
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const scale = event.transform.rescaleX(base);
      current = scale;
      for (const { start, end, shape } of marks) {
        if (shape instanceof SVGCircleElement) shape.setAttribute('cx', String(scale((start + end) / 2)));
        else {
          shape.setAttribute('x', String(scale(start)));
          shape.setAttribute('width', String(Math.max(2, scale(end) - scale(start))));
        }
      }
      for (const { start, end, el } of bins) setAttrs(el, { x: scale(start), width: Math.max(1, scale(end) - scale(start) - 1) });
      redrawAxis(svg, scale);
      replaceLabels(svg, scale);
      // The table below follows the range shown (once per frame, not per wheel tick).
      const identity = event.transform.k === 1 && event.transform.x === 0;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => onPeriod(identity ? null : (scale.domain().map((d) => Math.round(d.getTime() / 1000) * 1000) as [number, number])));
    });
  behaviour.on('end', () => rebin(current));
  const selection = select(svg).call(behaviour);
  // A year on the axis zooms to that year here; without the script it is a link to the year's events.
  svg.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<SVGAElement>('a[data-year]') : null;
    if (!link) return;
    event.preventDefault();
    const year = Number(link.dataset.year);
    behaviour.transform(selection, fitTo([Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)]));
  });
  form?.querySelectorAll<HTMLButtonElement>('[data-zoom]').forEach((button) => {
    button.addEventListener('click', () => {
      const action = button.dataset.zoom;
      if (action === 'in') behaviour.scaleBy(selection, 1.6);
      else if (action === 'out') behaviour.scaleBy(selection, 1 / 1.6);
      else if (action === 'all') behaviour.transform(selection, allTime);
      else behaviour.transform(selection, zoomIdentity);
    });
  });
  return () => replaceLabels(svg, current);
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
  let period: [number, number] | null = null;
  let relabel = () => {};
  const apply = () => {
    applyFilters(root, form, period);
    relabel();
  };
  if (form) {
    form.hidden = false;
    form.addEventListener('change', apply);
    form.addEventListener('submit', (event) => event.preventDefault());
  }
  const svg = root.querySelector<SVGSVGElement>('svg[data-timeline]');
  if (svg) {
    relabel = setupZoom(svg, form, (shown) => {
      period = shown;
      apply();
    });
  }
  revealTarget(root);
  window.addEventListener('hashchange', () => revealTarget(root));
}

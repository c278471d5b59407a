// Astro logs one line per page it writes: tens of thousands of lines for a large archive, which bury
// everything else in a CI log. The build wrapper passes Astro's output through this filter, which counts
// those lines instead and lets every other line through; the wrapper shows the count as progress.

const ANSI = /\u001b\[[0-9;]*m/gu;
/** A page line: "  ├─ /entities/x/index.html (+12ms)", possibly split across lines when pages render at once. */
const PAGE_START = /[├└]─ \//u;
const PAGE_END = /^\s*(?:\d{2}:\d{2}:\d{2}\s+)?\((?:\+[\d.]+m?s|restored|cached)\)\s*$/u;
const REUSED = /\((?:restored|cached)\)/gu;

export interface PageLogCounts {
  /** Pages written so far (rendered or reused). */
  pages: number;
  /** Of those, pages copied from the last build. */
  reused: number;
}

export class PageLogFilter {
  readonly counts: PageLogCounts = { pages: 0, reused: 0 };
  private pending = '';

  private readonly keepPages: boolean;

  /** `keepPages`: count page lines and print them too (BRIEFING_LOG_PAGES=1). */
  constructor(options: { keepPages?: boolean } = {}) {
    this.keepPages = options.keepPages ?? false;
  }

  /** Feed a chunk of output; returns what should still be printed (whole lines only). */
  push(chunk: string): string {
    const lines = (this.pending + chunk).split('\n');
    this.pending = lines.pop()!;
    return lines.filter((line) => this.keep(line)).map((line) => `${line}\n`).join('');
  }

  /** What is left at the end of the output. */
  flush(): string {
    const rest = this.pending;
    this.pending = '';
    return rest && this.keep(rest) ? rest : '';
  }

  private keep(line: string): boolean {
    const plain = line.replace(ANSI, '');
    const starts = plain.match(new RegExp(PAGE_START, 'gu'))?.length ?? 0;
    if (starts === 0 && !PAGE_END.test(plain)) return true;
    this.counts.pages += starts;
    this.counts.reused += plain.match(REUSED)?.length ?? 0;
    return this.keepPages;
  }
}

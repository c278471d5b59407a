/** An input that cannot become an article: the message says why and how to fix it; `line` where there is one. */
export class IngestError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.line = line;
  }
}

export { extractFigures } from './figures.ts';
export { extractQuotes } from './quotes.ts';
export { extractEvents, type DatedEvent } from './events.ts';
export { countSources } from './corroboration.ts';

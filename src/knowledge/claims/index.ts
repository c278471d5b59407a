export { extractFigures } from './figures.ts';
export { extractQuotes } from './quotes.ts';
export { extractEvents, type DatedEvent } from './events.ts';
export { corroborate, sameClaim, sameKind, type Corroboration, type Statement } from './corroboration.ts';
export { claimScope, type ClaimScope, type SentenceMention } from './subject.ts';
export { claimKind, type ClaimKind } from './kind.ts';

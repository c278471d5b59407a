// npm run bench:claims [-- --errors]: precision and recall of the corroboration rule on the hand-labelled
// Wikinews statement pairs (tests/fixtures/claim-pairs/). Prints figures; judging them is left to people.
import { claimPairsReport } from './claim-pairs.ts';

console.log(claimPairsReport(process.argv.includes('--errors')));

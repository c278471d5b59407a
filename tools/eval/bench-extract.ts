// npm run bench:extract: extraction quality on the hand-annotated Wikinews dev set, and speed over the
// BBC corpus. Prints figures; judging them is left to people.
import { entityReport } from './entity-eval.ts';
import { timeReport } from './time-eval.ts';
import { claimPairsReport } from './claim-pairs.ts';

const showErrors = process.argv.includes('--errors');
console.log('# Entities\n');
console.log(await entityReport(showErrors));
console.log('\n# Time expressions, figures and quotes\n');
console.log(await timeReport({ errors: showErrors }));
console.log('\n# Corroboration\n');
console.log(claimPairsReport(showErrors));

// Word lists the claim passes read: how clauses open, which words are verbs, and which words say nothing about
// what a claim measures. Data, kept apart from the rules in clauses.ts, subject.ts and kind.ts.

/** Words that open a subordinate clause: it has its own subject and governs nothing outside itself. */
export const SUBORDINATORS = [
  'while', 'whilst', 'whereas', 'although', 'though', 'because', 'if', 'unless', 'as', 'since', 'when', 'whenever', 'once',
  'after', 'before', 'until', 'despite', 'even',
];
/** Words that open a relative clause: its subject is the noun phrase before it. */
export const RELATIVES = ['which', 'who', 'whom', 'whose', 'where', 'that'];
/** Words a clause may open with before its real first word. */
export const OPENERS = [
  'and', 'but', 'or', 'nor', 'so', 'yet', 'then', 'now', 'also', 'still', 'already', 'later', 'recently', 'currently', 'just',
  'only', 'further', 'again', 'even', 'however', 'meanwhile', 'instead', 'reportedly', 'allegedly', 'quietly', 'finally', 'eventually',
  'previously', 'initially', 'subsequently', 'since', 'thus', 'therefore', 'not',
];
/** Prepositions that open an adjunct phrase ("by Q1 2025", "per internal telemetry"): no subject of its own. */
export const PREPOSITIONS = [
  'in', 'on', 'at', 'by', 'per', 'for', 'with', 'without', 'from', 'to', 'of', 'during', 'under', 'over', 'into', 'through',
  'throughout', 'between', 'among', 'amid', 'against', 'toward', 'towards', 'around', 'about', 'across', 'near', 'according',
  'including', 'excluding', 'compared', 'following', 'like', 'unlike', 'up', 'down', 'off', 'out', 'than', 'via', 'within',
  'beyond', 'behind', 'above', 'below', 'beside', 'besides', 'upon', 'onto',
];
/** Determiners: the word after one starts a noun phrase. */
export const DETERMINERS = ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'some', 'every', 'each', 'no', 'all', 'more', 'most', 'about', 'nearly', 'over', 'almost', 'around', 'up'];
/** Common verbs whose forms the suffix rules miss (irregular pasts, auxiliaries, base forms), with their lemma. */
export const VERB_LEMMAS: Record<string, string> = {
  is: 'be', are: 'be', was: 'be', were: 'be', been: 'be', be: 'be', being: 'be', has: 'have', have: 'have', had: 'have',
  will: 'will', would: 'will', can: 'can', could: 'can', may: 'may', might: 'may', must: 'must', shall: 'will', should: 'will',
  does: 'do', did: 'do', do: 'do', said: 'say', says: 'say', say: 'say', told: 'tell', tells: 'tell', won: 'win', wins: 'win',
  lost: 'lose', loses: 'lose', rose: 'rise', risen: 'rise', rises: 'rise', fell: 'fall', fallen: 'fall', falls: 'fall',
  grew: 'grow', grown: 'grow', grows: 'grow', made: 'make', makes: 'make', took: 'take', taken: 'take', takes: 'take',
  gave: 'give', given: 'give', gives: 'give', got: 'get', gets: 'get', went: 'go', gone: 'go', goes: 'go', came: 'come', comes: 'come',
  left: 'leave', leaves: 'leave', began: 'begin', begun: 'begin', begins: 'begin', became: 'become', becomes: 'become',
  held: 'hold', holds: 'hold', met: 'meet', meets: 'meet', paid: 'pay', pays: 'pay', sold: 'sell', sells: 'sell', bought: 'buy',
  buys: 'buy', hit: 'hit', hits: 'hit', cut: 'cut', cuts: 'cut', set: 'set', sets: 'set', put: 'put', puts: 'put', ran: 'run',
  runs: 'run', led: 'lead', leads: 'lead', spent: 'spend', spends: 'spend', saw: 'see', seen: 'see', sees: 'see', found: 'find',
  finds: 'find', thought: 'think', brought: 'bring', built: 'build', sent: 'send', struck: 'strike', shot: 'shoot',
  killed: 'kill', died: 'die', dies: 'die', fled: 'flee', stood: 'stand', kept: 'keep', known: 'know', knew: 'know',
  chose: 'choose', chosen: 'choose', wrote: 'write', written: 'write', drew: 'draw', broke: 'break', broken: 'break',
  fought: 'fight', sought: 'seek', beat: 'beat', beaten: 'beat', threw: 'throw', flew: 'fly', swore: 'swear', sworn: 'swear',
  hung: 'hang', bore: 'bear', born: 'bear', shut: 'shut', shuts: 'shut', quit: 'quit', reached: 'reach',
};
/** Words that say nothing about what a claim measures or what happened: never a claim's kind. */
export const GENERIC_WORDS = [
  'say', 'said', 'says', 'saying', 'tell', 'told', 'according', 'report', 'reported', 'reports', 'reporting', 'accord',
  'stated', 'add', 'added', 'announce', 'announced', 'also', 'about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some',
  'least', 'most', 'more', 'less', 'than', 'over', 'under', 'just', 'only', 'per', 'cent', 'percent', 'percentage', 'point', 'points',
  'number', 'total', 'figure', 'figures', 'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'time', 'times',
  'today', 'yesterday', 'tomorrow', 'morning', 'evening', 'afternoon', 'night', 'early', 'late', 'earlier', 'later', 'last', 'next',
  'first', 'second', 'third', 'new', 'other', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'be',
  'have', 'do', 'will', 'can', 'may', 'must', 'get', 'make', 'take', 'go', 'come', 'include', 'including', 'since', 'still', 'now',
  'then', 'when', 'where', 'while', 'which', 'who', 'whom', 'whose', 'what', 'there', 'here', 'such', 'many', 'much', 'well',
  'up', 'down', 'out', 'off', 'very', 'even', 'already', 'yet', 'however', 'people', 'thing', 'things', 'way', 'ways', 'part',
  'million', 'billion', 'thousand', 'hundred', 'trillion', 'bn', 'mn', 'm', 'k', 'us', 'uk', 'mr', 'mrs', 'ms', 'dr',
  'firm', 'firms', 'company', 'companies', 'group', 'groups', 'thought', 'expected', 'likely', 'reportedly', 'currently',
];
/** Words that carry no content at all. */
export const STOP_WORDS = [
  'the', 'a', 'an', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'by', 'for', 'with', 'from', 'as', 'into', 'onto', 'upon',
  'that', 'this', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'them', 'his', 'her', 'their', 'we', 'our', 'you', 'your', 'i',
  'my', 'me', 'him', 'is', 'are', 'was', 'were', 'been', 'being', 'has', 'had', 'having', 'not', 'no', 'so', 'if', 'than', 'too',
  'would', 'could', 'should', 'might', 'shall', 'did', 'does', 'own', 'all', 'any', 'both', 'each', 'every', 'few', 'other', 'same',
  'because', 'during', 'after', 'before', 'until', 'against', 'between', 'through', 'via', 'per', 'whether', 'though', 'although',
];
/** Verbs that report what someone else says: "NBC News reported the party had finalized …" is about the party. */
export const REPORTING_VERBS = ['say', 'report', 'tell', 'announce', 'claim', 'state', 'confirm', 'estimate', 'suggest', 'predict', 'note', 'write', 'add', 'reveal', 'show', 'find', 'believe', 'think', 'allege'];

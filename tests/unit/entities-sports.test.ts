// Sports pages, each on a made-up example: whole lines of names and figures (results lines, standings tables,
// team sheets) and cities or words that are clubs in a match report.
import { describe, expect, it } from 'vitest';
import { KeyGroups } from '../../src/knowledge/union-find.ts';
import type { EntityType } from '../../src/knowledge/types.ts';
import { prepareSentences } from '../../src/knowledge/entities/tagger/tag.ts';
import { clubsByTheirCities, clubsByTheirRoles } from '../../src/knowledge/entities/clubs.ts';
import { defaultLexicon } from '../../src/knowledge/lexicon/index.ts';
import { entities } from '../support/entity-names.ts';

const lexicon = defaultLexicon();

describe('lines of names and figures', () => {
  it('a results line: the sides are clubs, or places when they are countries, and the scores no part of them', () => {
    expect(entities('Results of second division matches on Saturday :', 'Kelso 2 Dunmore 1', 'Port Alder 0 Ravensby Athletic 3', 'Wales 2 Norway 1 ( halftime 1-1 )', 'Norvale 2-1 Kelso'))
      .toEqual(['Dunmore/organization', 'Kelso/organization', 'Norvale/organization', 'Norway/place', 'Port Alder/organization', 'Ravensby Athletic/organization', 'Wales/place']);
  });

  it('a results line after a label of where it was played: the sides are clubs, the scores no part of them', () => {
    expect(entities('Super league results on Saturday:', 'In Tarnby: Kestrel Rovers 29 Haldane Cats 13')).toContain('Haldane Cats/organization');
    expect(entities('Super league results on Saturday:', 'In Tarnby: Kestrel Rovers 29 Haldane Cats 13')).toContain('Kestrel Rovers/organization');
  });

  it('what a headline or a line reports, alone, is no name ("STANDINGS")', () => {
    expect(entities('SOCCER - KESTREL LEAGUE RESULTS / STANDINGS .', 'Standings ( played , won , points ) :', 'Kestrel Rovers 11 9 1 1 27 8 28')).toEqual(['Kestrel Rovers/organization']);
  });

  it('a ground before the word "stadium" is a place, though named for a person', () => {
    expect(entities('Kestrel scored twice in the second half at the Ali Demir Kaya stadium .')).toContain('Ali Demir Kaya/place');
  });

  it('a results line with each side’s scorers in brackets: the scorers are people, by their surnames, without their minutes; a code after the score is no name', () => {
    expect(entities('Summaries of second division matches on Saturday :', 'Kelso 2 ( Brillane 56 , Okafor 90 pen ) Port Alder 0 . Half-time 0-0 .',
      'Dunmore 0 Ravensby Athletic 3 ( Pettigrew 30 , 61 , 77 ) .', 'Orlando Kestrels 95 Boston Owls 90 (OT)'))
      .toEqual(['Boston Owls/organization', 'Brillane/person', 'Dunmore/organization', 'Kelso/organization', 'Okafor/person', 'Orlando Kestrels/organization', 'Pettigrew/person', 'Port Alder/organization',
        'Ravensby Athletic/organization']);
  });

  it('a cricket batting line: the batsman, the fielder and the bowler are players, however they were out', () => {
    expect(entities('Westmark first innings', 'T. Halvorsen c Brandvold-ul-Lund b Okafor Baig 31', 'Kerr lbw b Brill 4', 'Pellow run out 12', 'Moe not out 54'))
      .toEqual(['Brandvold-ul-Lund/person', 'Brill/person', 'Kerr/person', 'Moe/person', 'Okafor Baig/person', 'Pellow/person', 'T. Halvorsen/person', 'Westmark/organization']);
    // The innings heading names the side that batted, a country or a club, in capitals too.
    expect(entities('KESTON 2ND INNINGS', 'T. Halvorsen c Brill b Kerr 31', 'Norway second innings', 'Pellow run out 12'))
      .toEqual(['Brill/person', 'Kerr/person', 'Keston/organization', 'Norway/place', 'Pellow/person', 'T. Halvorsen/person']);
    // A substitute's catch names him in brackets.
    expect(entities('Westmark first innings', 'T. Halvorsen c sub (Moinul Ahsan) b Forhad Kabir 78', 'Pellow run out 12'))
      .toEqual(['Forhad Kabir/person', 'Moinul Ahsan/person', 'Pellow/person', 'T. Halvorsen/person', 'Westmark/organization']);
  });

  it('a standings table: each line a side and its figures; a golfer’s rounds are no side', () => {
    expect(entities('Standings after Saturday ’s games ( played , won , drawn , lost , points ) :', 'Dunmore 20 14 4 2 46', 'Ravensby Athletic 19 11 3 5 36',
      'Norway 19 10 4 5 34', 'Leaders after the third round :', 'Tom Pellow 70 68 72 210')).toEqual(['Dunmore/organization', 'Norway/place', 'Ravensby Athletic/organization', 'Tom Pellow/person']);
  });

  it('a standings table with a share of wins and games behind: the sides in capitals or not are clubs, and the figures no part of them', () => {
    expect(entities('Standings after Tuesday ’s games ( won , lost , percentage , games behind ) :', 'KESTON 74 57 .565 -', 'KANSAS CITY 70 61 .534 4', 'Dunmore 67 65 .508 7 1/2'))
      .toEqual(['Dunmore/organization', 'KESTON/organization', 'Kansas City/organization']);
  });

  it('a team sheet: players, without the minutes; a bracket without a minute holds a club', () => {
    expect(entities('The home side won 2-1 on Saturday with a late goal.', 'Hughes, Walker (Dixon 64), Morgan, Pettigrew, Okonedo (Brill 80), Price.',
      'Tallis, Vance.', 'Walker 12, Okonedo 70.', 'Ludo Marchal (Biarritz), Pierre Quellec (Castres).')).toEqual([
      'Biarritz/organization', 'Brill/person', 'Castres/organization', 'Dixon/person', 'Hughes/person', 'Ludo Marchal/person', 'Morgan/person',
      'Okonedo/person', 'Pettigrew/person', 'Pierre Quellec/person', 'Price/person', 'Tallis/person', 'Vance/person', 'Walker/person',
    ]);
    // Surnames no list knows, or that are towns too; the sheet's own labels; a scorer alone with his minutes, and a penalty.
    expect(entities('The visitors held on for a draw.', 'Brannock, Oduya, Keltie, Shaw, Montgomery (Varnecz 71), Strong.', 'Subs Not Used: Dallow, Kestrin.',
      'Oduya 33 pen.', 'Tuesday, 1 March', 'Pellow; May, Tarrant; Oduya, Vint.')).toEqual([
      'Brannock/person', 'Dallow/person', 'Keltie/person', 'Kestrin/person', 'May/person', 'Montgomery/person', 'Oduya/person', 'Pellow/person',
      'Shaw/person', 'Strong/person', 'Tarrant/person', 'Varnecz/person', 'Vint/person',
    ]);
    // Clubs listed alone, and a slogan of two names, are no team sheet.
    expect(entities('The draw was made on Friday.', 'AC Milan, Bayer Leverkusen, Lyon.', 'He said: "Vote Blair, Get Brown."'))
      .not.toContain('Bayer Leverkusen/person');
  });
});

/** The sentences of a made-up article of these paragraphs, and these names in it, each its own entity the tagger read as a person. */
function typedNames(names: string[], ...texts: string[]) {
  const sentences = prepareSentences(texts.map((text, i) => ({ index: i + 1, kind: 'paragraph' as const, text })), lexicon);
  const groups = new KeyGroups();
  for (const name of names) groups.add(name);
  const types = new Map<string, EntityType>(names.map((name) => [name, 'person']));
  return { groups, types, sentences };
}

describe('cities that are clubs', () => {
  it('a team sheet of initials and surnames, the captain marked: players; its label is the side, a country’s or a club', () => {
    expect(entities('The coach named an unchanged side on Thursday.', 'Westmark: K Halloran; I Evard, A Pettigrew, S Brill (capt), W Okonedo.'))
      .toEqual(['A Pettigrew/person', 'I Evard/person', 'K Halloran/person', 'S Brill/person', 'W Okonedo/person', 'Westmark/organization']);
    expect(entities('Norway: K Halloran; I Evard, A Pettigrew, S Brill (capt), W Okonedo.')).toContain('Norway/place');
  });

  it('a city over a team sheet is its club in every mention of a sports report', () => {
    expect(entities('Dundee were held to a goalless draw on Saturday.', 'Dundee: Halloran, Evard, Pettigrew, Brill, Okonedo, Price.'))
      .toEqual(['Brill/person', 'Dundee/organization', 'Evard/person', 'Halloran/person', 'Okonedo/person', 'Pettigrew/person', 'Price/person']);
  });

  it('a sports report: a city that plays is its club in every mention', () => {
    expect(entities('Brighton beat Swindon 2-1 in the cup on Saturday after a late penalty.', 'Brighton manager Tom Ellery said the goal was deserved. Swindon will now focus on the league.'))
      .toEqual(['Brighton/organization', 'Swindon/organization', 'Tom Ellery/person']);
  });

  it('a sports report: the city of its dateline stays a place, though the report names no other use of it', () => {
    const report = ['LEEDS – Two late tries took the Rhinos to the top of the league on Saturday, and the home side’s fly-half kicked three penalties.',
      'Coach Tom Ellery said the win was deserved after a scrappy first half.'];
    expect(entities(...report)).toContain('Leeds/place');
  });

  it('a sports report: a place no list knows, named as a club once, is the club in every mention; not one that ends in a place a list knows', () => {
    expect(entities('Supporters travelled from West Harrowby for the cup tie on Saturday. West Harrowby manager Tom Ellery said the late penalty was deserved, and the striker agreed after the goal.'))
      .toEqual(['Tom Ellery/person', 'West Harrowby/organization']);
    expect(entities('Supporters travelled from North Yorkshire for the cup tie on Saturday. North Yorkshire manager Tom Ellery said the late penalty was deserved, and the striker agreed after the goal.'))
      .toContain('North Yorkshire/place');
  });

  it('a sports report: a name of two words that ends in a city, opening with no word or given name a list knows, is a club', () => {
    expect(entities('Tarnby Athletic beat Velzor Tirana 2-0 in the league on Saturday.', 'The striker said the late goal came from a penalty.'))
      .toEqual(['Tarnby Athletic/organization', 'Velzor Tirana/organization']);
    // Not outside a sports report (whatever the tagger makes of the name there), nor a person whose surname is a city.
    const { groups, types, sentences } = typedNames(['Velzor Tirana'], 'Velzor Tirana opened a bakery on Saturday.');
    expect(clubsByTheirCities(groups, types, sentences, lexicon)).toEqual([]);
    expect(entities('Tarnby Athletic beat Rovers 2-0 in the league on Saturday.', 'Coach Jack London said the late goal came from a penalty.'))
      .toContain('Jack London/person');
  });

  it('a report of the season’s matches, with a coach beside his name, is a sports report: its cities are clubs; a coach carrying tourists is no sign', () => {
    expect(entities('Wynford coach Dale Kerrigan was pleased with the match.', 'Later in the season Wynford will visit Swindon and Exeter.'))
      .toEqual(['Dale Kerrigan/person', 'Exeter/organization', 'Swindon/organization', 'Wynford/organization']);
    expect(entities('A coach carrying tourists crashed near Exeter; the match between the two goals of the season was lost.', 'Police in Swindon said Exeter was calm.'))
      .toEqual(['Exeter/place', 'Swindon/place']);
  });

  it('a score with a dash between its numbers is no part of the side before it, which is a club', () => {
    expect(entities('In other results, Tarnby defeated Velzor 43–5 in the league, and the goal of the season came in the cup.'))
      .toEqual(['Tarnby/organization', 'Velzor/organization']);
  });

  it('an initial before a city in a squad list opens a player’s name, not a club’s', () => {
    const { groups, types, sentences } = typedNames(['R Lima', 'Velzor Tirana'], 'Replacements: T Varga (New Zealand), R Lima (Samoa), E Holm (Tonga).',
      'The striker and the goalkeeper were rested in the league match after a penalty.');
    expect(clubsByTheirCities(groups, types, sentences, lexicon)).toEqual(['Velzor Tirana']);
  });

  it('a squad list names clubs in brackets', () => {
    expect(entities('The squad for the cup match: Paul Darrow (Bristol), Kevin Lomax (Leicester), Sam Fenn (Gloucester). The referee lives in Leeds.'))
      .toEqual(['Bristol/organization', 'Gloucester/organization', 'Kevin Lomax/person', 'Leeds/place', 'Leicester/organization', 'Paul Darrow/person', 'Sam Fenn/person']);
  });

  it('a one-word club that is no city, named with a team role once, is the club throughout a sports report', () => {
    expect(entities('Kestrels boss Tom Ellery said the penalty decided the cup tie.', 'The referee gave the goal and the Kestrels went through to the league final.'))
      .toEqual(['Kestrels/organization', 'Tom Ellery/person']);
    // Past a plural's possessive and a kind of director; but a side after a possessive may be its coach's.
    expect(entities("Jol is said to have fallen out with Spurs' sporting director Tom Ellery.", 'The striker scored a penalty in the league match, and Spurs went top.'))
      .toEqual(expect.arrayContaining(['Spurs/organization', 'Tom Ellery/person']));
    expect(entities("Williams' side lost the cup final on penalties, and Williams said the referee was wrong about the goal.")).toEqual(['Williams/person']);
    // Outside sports reports no club, but a body all the same: a word before a post and a person's name names what the person leads.
    expect(entities('Kestrels boss Tom Ellery spoke to the council.', 'The council said the Kestrels went through the town on a bus.'))
      .toEqual(['Kestrels/organization', 'Tom Ellery/person']);
    // Not a word that opens the sentence only because it does.
    expect(entities('Former boss Tom Ellery spoke to the council.')).toEqual(['Tom Ellery/person']);
  });

  it('a word no list knows as a name that wins or is beaten in a match report is a club, whatever the tagger typed it', () => {
    const { groups, types, sentences } = typedNames(['Harriers', 'Henry'], 'Harriers win 4-2 on penalties',
      'The goalkeeper saved twice before Harriers beat Dunmore in the cup. The referee gave a late penalty.');
    expect(clubsByTheirRoles(groups, types, sentences, lexicon)).toEqual(['Harriers']);
  });

  it('a city named with a team role after a possessive ("Leicester\'s boss") in a football story is the club', () => {
    expect(entities('Leicester\'s boss Martin Vell is on the shortlist to coach the Dutch champions.', 'Vell has guided the club to the top of the football league.'))
      .toEqual(['Leicester/organization', 'Martin Vell/person']);
  });

  it('a national side stays its country, and a city in other news stays a place', () => {
    expect(entities('England beat Wales 3-1 in the cup final; the goal came late.')).toEqual(['England/place', 'Wales/place']);
    expect(entities('Sunderland lost 400 jobs when the plant closed, the council in Sunderland said.')).toEqual(['Sunderland/place']);
  });
});

// Editor notes (content/entities/*.md) each speak for one entity. Two notes that share a name or an
// alias would both claim the same entity, and one would silently swallow the other: stop the build.
import type { ContentProblem } from './content-files.ts';
import type { LoadedEntry } from './loaders.ts';

/** The names a note answers to: its name and aliases, compared without regard to case. */
function formsOf(entry: LoadedEntry): string[] {
  const { name, aliases } = entry.data;
  const forms = [typeof name === 'string' ? name : '', ...(Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [])];
  return [...new Set(forms.map((form) => form.trim().toLowerCase()).filter(Boolean))];
}

/** One problem per pair of notes that share a name or alias, naming both files and the form they share. */
export function notesNamingOneEntity(entries: LoadedEntry[]): ContentProblem[] {
  const owner = new Map<string, LoadedEntry>();
  const problems: ContentProblem[] = [];
  const reported = new Set<string>();
  for (const entry of [...entries].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    for (const form of formsOf(entry)) {
      const earlier = owner.get(form);
      if (!earlier) {
        owner.set(form, entry);
        continue;
      }
      if (earlier === entry || reported.has(`${earlier.file}\u0000${entry.file}`)) continue;
      reported.add(`${earlier.file}\u0000${entry.file}`);
      problems.push({
        file: '',
        message: `${earlier.file} and ${entry.file} are notes for the same entity (both answer to "${form}"): merge them into one note, or remove "${form}" from one of them.`,
      });
    }
  }
  return problems;
}

// What the editor notes do not fit. A note speaks for the entities whose name or alias equals its name
// or one of its aliases (case aside), as applyEditorNotes matches them. A note that matches nothing is
// probably misspelt; an entity two notes match would merge the two notes' entities into one, and one
// note's name would silently disappear.
import type { CorpusEntity } from './entities/corpus.ts';
import type { EditorNote } from './entities/editor-notes.ts';

export interface EditorNoteReport {
  /** Notes that match no entity: the build goes on. */
  warnings: string[];
  /** Notes that would merge: the build stops. */
  errors: string[];
}

type NoteWithFile = EditorNote & { file?: string };

const formsOf = (note: EditorNote) => [note.name, ...(note.aliases ?? [])];
const fileOf = (note: NoteWithFile) => note.file ?? `the note "${note.name}"`;

/** Check the notes against the entities as resolved from the articles, before the notes apply. */
export function checkEditorNotes(entities: readonly CorpusEntity[], notes: readonly NoteWithFile[]): EditorNoteReport {
  const entitiesByForm = new Map<string, number[]>();
  entities.forEach((entity, index) => {
    for (const form of new Set([entity.name, ...entity.aliases].map((f) => f.toLowerCase()))) {
      (entitiesByForm.get(form) ?? entitiesByForm.set(form, []).get(form)!).push(index);
    }
  });
  const ordered = [...notes].sort((a, b) => (fileOf(a) < fileOf(b) ? -1 : fileOf(a) > fileOf(b) ? 1 : 0));
  const warnings: string[] = [];
  // For each entity, the notes that match it and the form each matched by.
  const claims = new Map<number, Array<{ note: NoteWithFile; form: string }>>();
  for (const note of ordered) {
    let matched = false;
    for (const form of formsOf(note)) {
      for (const index of entitiesByForm.get(form.toLowerCase()) ?? []) {
        matched = true;
        const list = claims.get(index) ?? claims.set(index, []).get(index)!;
        if (!list.some((claim) => claim.note === note)) list.push({ note, form });
      }
    }
    if (!matched) {
      warnings.push(
        `${fileOf(note)}: the note for "${note.name}" matches no entity of the articles by its name or aliases: check the spelling, add the form the articles use to aliases, or delete the note.`,
      );
    }
  }
  const errors = new Set<string>();
  for (const [index, list] of [...claims].sort((a, b) => a[0] - b[0])) {
    for (let i = 1; i < list.length; i++) {
      const [first, second] = [list[0]!, list[i]!];
      errors.add(
        `${fileOf(first.note)} and ${fileOf(second.note)} are notes for one entity: "${entities[index]!.name}" of the articles answers to "${first.form}" in the first and "${second.form}" in the second, and would silently become one. Merge the two notes, or remove the name or alias that joins them.`,
      );
    }
  }
  return { warnings, errors: [...errors] };
}

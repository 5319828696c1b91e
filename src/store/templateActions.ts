import { makeTemplate, type NewPlaceholder } from '../model/templateModel';
import { useAppStore } from './appStore';
import { commit } from './documentActions';

/**
 * Turns the model into a template with the new placeholders, as one undo step; on problems nothing
 * changes. Its own file so the template code stays in the Save as template dialog's lazy chunk.
 */
export function saveAsTemplate(additions: readonly NewPlaceholder[]): ReturnType<typeof makeTemplate> {
  const made = makeTemplate(useAppStore.getState().doc, additions);
  if (made.ok) commit(() => made.doc);
  return made;
}

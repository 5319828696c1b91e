import { createContext, useContext, type ReactNode } from 'react';
import { activeEditor } from './activeEditor';
import type { Editor } from './editor';

const EditorContext = createContext<Editor | null>(null);

/** Gives the tree its editor; `useAppStore(selector)` and `useEditor()` read from it. */
export function EditorProvider({ editor, children }: { editor: Editor; children: ReactNode }) {
  return <EditorContext value={editor}>{children}</EditorContext>;
}

/** The editor of this tree: the provider's, or the page's active editor outside one. */
export function useEditor(): Editor {
  return useContext(EditorContext) ?? activeEditor();
}

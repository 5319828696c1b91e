import { useId, useState } from 'react';
import type { VocabularyList } from '../../model/vocabularyEdits';
import { useT } from '../../store/hooks';
import { addVocabularyEntry } from '../../store/vocabularyActions';

/** "New kind name [ ] [Add kind]": the name is in the diagram language; the id is made from it. */
export function AddEntry({ list }: { list: VocabularyList }) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState('');
  const kinds = list === 'nodeKinds';
  const add = () => {
    if (name.trim() === '') return;
    addVocabularyEntry(list, name);
    setName('');
  };
  return (
    <form
      className="tm-vocab-add"
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      <label htmlFor={id} className="tm-visually-hidden">
        {t(kinds ? 'vocab.newKindName' : 'vocab.newRelationName')}
      </label>
      <input id={id} type="text" value={name} placeholder={t(kinds ? 'vocab.newKindName' : 'vocab.newRelationName')} onChange={(e) => setName(e.target.value)} />
      <button type="submit" className="tm-button" disabled={name.trim() === ''}>
        {t(kinds ? 'vocab.addKind' : 'vocab.addRelation')}
      </button>
    </form>
  );
}

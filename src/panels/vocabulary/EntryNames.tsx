import { setEntryText, type VocabularyList } from '../../model/vocabularyEdits';
import { textIn } from '../../model/translatable';
import type { NodeKind, RelationType } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { useT } from '../../store/hooks';
import { TextField } from '../inspector/fields';
import { fieldLanguages, languageName } from '../inspector/languages';

/** An entry's name in the model's original language first, then its translations (zh / en). */
export function EntryNames({ list, entry }: { list: VocabularyList; entry: NodeKind | RelationType }) {
  const t = useT();
  const original = useAppStore((s) => s.doc.meta.language);
  const { main, others } = fieldLanguages(original ?? 'zh', original);
  return (
    <div className="tm-vocab-names">
      {[main, ...others].map((lang) => (
        <TextField
          key={lang}
          fieldKey={`vocab:${list}:${entry.id}:name:${lang}`}
          label={t('vocab.nameIn', { lang: languageName(lang) })}
          value={textIn(entry, lang, original)}
          lang={lang}
          placeholder={lang === main ? undefined : entry.label}
          edit={(text) => (d) => setEntryText(d, list, entry.id, lang, text)}
        />
      ))}
    </div>
  );
}

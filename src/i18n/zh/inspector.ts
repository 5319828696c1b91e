import type { inspector as en } from '../en/inspector';

/** 中文界面文字: the Inspector and the vocabulary editor (issue 3, part B); the same keys as `en/inspector.ts` (a missing key is a compile error). */
export const inspector: Record<keyof typeof en, string> = {
  'inspector.title': '检查器',
  'inspector.label': '标签',
  'inspector.labelIn': '标签（{lang}）',
  'inspector.titleField': '标题',
  'inspector.titleIn': '标题（{lang}）',
  'inspector.original': '原文',
  'inspector.text': '文字',
  'inspector.description': '说明',
  'inspector.document': '模型',
  'inspector.citation': '出处',
  'inspector.source': '来源',
  'inspector.sourceHint': '模型所依据的文献：作者、题名、图号、章节。',
  'inspector.authors': '作者',
  'inspector.authorsHint': '多位作者用逗号或换行分隔。',
  'inspector.language': '语言',
  'inspector.languageHint': '标签的原始语言，BCP 47 标记：zh-CN、en……',
  'inspector.languageInvalid': '这不像 BCP 47 语言标记（例如 zh-CN 或 en）。',
  'cmd.editVocabulary': '编辑词汇表',
};

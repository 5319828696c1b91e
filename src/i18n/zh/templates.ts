import type { templates as en } from '../en/templates';

/** 中文界面文字: templates, languages, checks and share links (issue 6); the same keys as `en/templates.ts` (a missing key is a compile error). */
export const templates: Record<keyof typeof en, string> = {
  'cmd.examples': '示例',
  'cmd.adapt': '适配到我的行业',
  'cmd.saveAsTemplate': '存为模板',
  'cmd.findReplace': '查找和替换',
  'cmd.problems': '问题',
  'cmd.copyLink': '复制链接',
  'cmd.toggleDiagramLanguage': '切换图的语言',
  'lang.diagram': '图的语言',
  'lang.zh': '中文',
  'lang.en': 'English',
  'untranslated.count': '未翻译的标签：{count}',
  'untranslated.hint': '以原文显示并加下划线；点击列出它们。',
  'dialog.close': '关闭',
  'rf.direction.left': '左',
  'rf.direction.right': '右',
  'rf.direction.up': '上',
  'rf.direction.down': '下',
};

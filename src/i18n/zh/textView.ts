import type { textView as en } from '../en/textView';

/** 文本视图（议题 12 第 2 项）：命令、面板和文本错误的提示。 */
export const textView: Record<keyof typeof en, string> = {
  'cmd.textView': '文本视图',
  'textView.title': '文本视图',
  'textView.loading': '正在加载文本编辑器…',
};

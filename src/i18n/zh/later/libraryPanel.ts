import type { libraryPanelLater as en } from '../../en/later/libraryPanel';

/** 中文: the later `libraryPanel` strings, the same keys as `en/later/libraryPanel.ts` (loaded after the first render, issue 15). */
export const libraryPanelLater: Record<keyof typeof en, string> = {
  'libraryPanel.title': '我的模型',
  'libraryPanel.intro': '打开保存在本浏览器中的模型或最近的文件。在你选择之前，当前模型保持不变。',
  'libraryPanel.atStart': '启动时显示此列表',
  'libraryPanel.manage': '管理模型库…',
  'libraryPanel.openTitle': '打开“{name}”',
  'library.compare': '与当前模型比较',
  'library.compareFailed': '无法比较该版本：{reason}',
};

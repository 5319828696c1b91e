import type { libraryPanel as en } from '../en/libraryPanel';

/** 画布旁的模型库（启动时显示，议题 16），以及与已保存的版本比较。 */
export const libraryPanel: Record<keyof typeof en, string> = {
  'cmd.libraryPanel': '模型库面板',
  'libraryPanel.title': '我的模型',
  'libraryPanel.intro': '打开保存在本浏览器中的模型或最近的文件。在你选择之前，当前模型保持不变。',
  'libraryPanel.atStart': '启动时显示此列表',
  'libraryPanel.manage': '管理模型库…',
  'libraryPanel.openTitle': '打开“{name}”',
  'library.compare': '与当前模型比较',
  'library.compareFailed': '无法比较该版本：{reason}',
};

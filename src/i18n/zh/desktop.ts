import type { desktop as en } from '../en/desktop';

/** 文件、模型库、离线与更新（issue 16）。 */
export const desktop: Record<keyof typeof en, string> = {
  'cmd.openFile': '打开文件…',
  'cmd.saveFile': '保存',
  'cmd.saveFileAs': '另存为…',
  'cmd.openLibrary': '模型库…',
  'cmd.addToLibrary': '加入模型库',
  'cmd.saveVersion': '保存版本…',
  'files.unsaved': '有未保存的更改',
  'files.unsavedMark': '未保存',
  'files.fileLabel': '文件：{name}',
} as const;

import type { libraryPanel as en } from '../en/libraryPanel';

/** 画布旁的模型库（启动时显示，议题 16），以及与已保存的版本比较。 */
export const libraryPanel: Record<keyof typeof en, string> = {
  'cmd.libraryPanel': '模型库面板',
};

import type { layoutIO as en } from '../en/layoutIO';

/** 中文界面文字: Auto layout, import and export (issues 4, 5); the same keys as `en/layoutIO.ts` (a missing key is a compile error). */
export const layoutIO: Record<keyof typeof en, string> = {
  'cmd.layoutOptions': '布局选项',
  'cmd.cancelLayout': '取消布局',
  'cmd.layout.figure': '论文图（按类型分栏）',
  'cmd.layout.layeredRight': '分层，从左到右',
  'cmd.layout.layeredDown': '分层，从上到下',
  'cmd.layout.organic': '自然布局（适合小模型）',
  'cmd.layout.radial': '以选中节点为中心放射',
  'cmd.layout.selection': '仅布局选中部分',
  'layout.running': '正在布局…',
  'cmd.exportSvg': '导出 SVG',
  'drop.label': '拖放 .json 文件即可打开',
};

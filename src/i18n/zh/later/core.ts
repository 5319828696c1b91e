import type { coreLater as en } from '../../en/later/core';

/** 中文: the later `core` strings, the same keys as `en/later/core.ts` (loaded after the first render, issue 15). */
export const coreLater: Record<keyof typeof en, string> = {
  'translation.missing': '缺少译文',
  'shortcuts.title': '键盘快捷键',
  'shortcuts.command': '命令',
  'shortcuts.keys': '快捷键',
  'shortcuts.mouse': '鼠标',
  'shortcuts.close': '关闭',
  'shortcuts.doubleClick': '双击画布',
  'shortcuts.doubleClickAction': '在该处添加上次使用类型的节点',
  'shortcuts.shiftClick': 'Shift+单击',
  'shortcuts.shiftClickAction': '加入或移出所选内容',
  'shortcuts.shiftDrag': '在画布上 Shift+拖动',
  'shortcuts.shiftDragAction': '框选范围内的全部内容',
  'shortcuts.handleDrag': '从节点边上的圆点拖到另一个节点',
  'shortcuts.handleDragAction': '连接两者',
};

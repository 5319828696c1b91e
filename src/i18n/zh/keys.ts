import type { keys as en } from '../en/keys';

export const keys: Record<keyof typeof en, string> = {
  'cmd.connectTo': '连接到…',
  'keys.noRelations': '该元素没有关系。',
  'keys.nodeHint': '按 E 逐一查看它的关系，按 Shift+F10 打开菜单。',
};

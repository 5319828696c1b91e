import type { present as en } from '../en/present';

export const present: Record<keyof typeof en, string> = {
  'cmd.focus': '聚焦所选元素',
  'cmd.focusTwo': '聚焦所选元素（两步以内）',
  'cmd.endFocus': '结束聚焦',
  'cmd.showAll': '显示全部类型和关系',
  'legend.filter': '{name}：{mode}。点击切换。',
  'legend.mode.show': '显示',
  'legend.mode.dim': '变淡',
  'legend.mode.hide': '隐藏',
  'cmd.compare': '与另一个模型比较…',
} as const;

import type { present as en } from '../en/present';

export const present: Record<keyof typeof en, string> = {
  'cmd.focus': '聚焦所选元素',
  'cmd.focusTwo': '聚焦所选元素（两步以内）',
  'cmd.endFocus': '结束聚焦',
  'cmd.showAll': '显示全部类型和关系',
  'focus.on': '已聚焦于“{name}”：{hops} 步关系以外的元素已变淡。按 Esc 结束聚焦。',
  'legend.filter': '{name}：{mode}。点击切换。',
  'legend.mode.show': '显示',
  'legend.mode.dim': '变淡',
  'legend.mode.hide': '隐藏',
  'cmd.compare': '与另一个模型比较…',
} as const;

import type { liveLater as en } from '../../en/later/live';

/** 中文: the later `live` strings, the same keys as `en/later/live.ts` (loaded after the first render, issue 15). */
export const liveLater: Record<keyof typeof en, string> = {
  'live.title': '实时协作',
  'live.intro': '持有编辑链接的人可以与你实时修改这个模型；只读链接只能查看。',
  'live.server': '服务器',
  'live.start': '开始',
  'live.starting': '正在开始…',
  'live.editLink': '编辑链接',
  'live.readLink': '只读链接',
  'live.copy': '复制',
  'live.copied': '已复制',
  'live.leave': '退出协作',
  'live.startFailed': '无法开始实时协作：{reason}',
  'live.defaultName': '访客',
  'live.updateRefused': '另一位参与者的更改无法使用，已忽略：{reason}',
  'live.leftOut': '另一位参与者发来的 {count} 个元素无效（{ids}），已略去。',
  'live.repaired': '合并后，共享模型中的 {count} 个问题已修复。',
  'live.readOnlyNotice': '这是只读链接：你的更改不会共享，已恢复原样。',
};

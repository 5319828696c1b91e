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
};

import type { live as en } from '../en/live';

/** 实时协作 (issue 13). */
export const live: Record<keyof typeof en, string> = {
  'cmd.startLive': '开始实时协作',
  'cmd.leaveLive': '退出实时协作',
  'live.region': '实时协作',
  'live.people': '协作中的成员',
  'live.you': '{name}（你）',
  'live.readOnly': '只读',
  'live.status.connecting': '正在连接…',
  'live.status.loading': '正在载入共享模型…',
  'live.status.online': '在线',
  'live.status.offline': '离线：你的更改已保存，连接恢复后自动合并',
  'live.status.refused': '被拒绝',
  'live.refused.badToken': '实时协作拒绝了此链接：令牌错误，或属于另一个房间。',
  'live.refused.badRoom': '此实时协作链接没有指向有效的房间。',
  'live.refused.roomFull': '实时协作房间已满：服务器拒绝接收更多内容。',
  'live.refused.tooLarge': '一次更改超出了实时协作服务器的大小限制，已被拒绝。',
  'live.refused.unreachable': '无法连接实时协作服务器。',
  'live.left': '你已退出实时协作。模型仍在此处打开，作为你的草稿。',
};

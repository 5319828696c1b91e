import type { live as en } from '../en/live';

/** 实时协作 (issue 13). */
export const live: Record<keyof typeof en, string> = {
  'cmd.startLive': '开始实时协作',
  'cmd.leaveLive': '退出实时协作',
  'live.left': '你已退出实时协作。模型仍在此处打开，作为你的草稿。',
};

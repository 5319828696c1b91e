import type { messages as en } from '../en/messages';

/** 与 en/messages.ts 一一对应：io/ 与 store 报告的消息。 */
export const messages: Record<keyof typeof en, string> = {
  text: '{text}',
  'source.file': '此文件',
  'source.paste': '粘贴的文本',
  'source.autosave': '保存的草稿',
  'source.link': '分享的链接',
  'source.library': '资料库中的模型',

  'io.empty': '{source}是空的。',
  'io.cutOff': '{source}在结尾之前就中断了——可能没有完整保存。',
  'io.notJson': '{source}不是有效的 JSON，因此不可能是理论模型文件。',
  'io.json.at': 'JSON 从第 {line} 行第 {column} 列起不再有效。',
  'io.json.end': '文本在第 {line} 行第 {column} 列就结束了，JSON 尚不完整。',
  'io.draft.notEnvelope': '保存的草稿不是本应用的草稿格式（带有 "app": "{app}" 的封装）。',
  'io.example.unknown': '没有这个示例：{name}',
};

import type { textViewLater as en } from '../../en/later/textView';

/** 中文: the later `textView` strings, the same keys as `en/later/textView.ts` (loaded after the first render, issue 15). */
export const textViewLater: Record<keyof typeof en, string> = {
  'textView.editorLabel': '模型文本',
  'textView.ok': '画布与文本同步。',
  'textView.problems': '{count} 个问题——画布保留上一个正确的模型。',
  'textView.refused': '画布无法采用这段文本：{message}',
  'textView.hint': 'id: 类型 "名称"  ·  a -> b : 关系 "标签"  ·  g: 分组 "标题" { … }  ·  # 注释',
  'textView.error.unclosed-string': '引号没有闭合。',
  'textView.error.unexpected': '此处不应出现“{text}”。',
  'textView.error.expected-name': '每行应以 id 开头，这里却是“{text}”。',
  'textView.error.expected-colon': '应为“:”（节点：id: 类型 "名称"）或“->”（关系），而不是“{text}”。',
  'textView.error.missing-kind': '节点“{id}”的“:”后面缺少类型。',
  'textView.error.missing-target': '“->”后面缺少终点。',
  'textView.error.missing-relation': '“:”后面缺少关系类型。',
  'textView.error.chain': '每行只写一条关系：把 a -> b 和 b -> c 分成两行。',
  'textView.error.unknown-kind': '没有名为“{name}”的类型。可用类型：{known}。',
  'textView.error.unknown-node': '没有 id 为“{id}”的节点。',
  'textView.error.unknown-relation': '没有名为“{name}”的关系类型。可用关系：{known}。',
  'textView.error.no-relation': '没有关系类型能连接 {from} 和 {to}；请在“:”后写明关系。',
  'textView.error.duplicate-node': 'id“{id}”已被第 {line} 行的节点使用。',
  'textView.error.duplicate-edge': '关系 id“{id}”已在第 {line} 行使用。',
  'textView.error.not-a-group': '只有分组能包含节点；“{id}”的类型是 {kind}。',
  'textView.error.unclosed-group': '分组“{id}”的块没有用“}”闭合。',
  'textView.error.unmatched-close': '这个“}”没有对应的分组。',
};

import type { interopLater as en } from '../../en/later/interop';

/** 中文: the later `interop` strings, the same keys as `en/later/interop.ts` (loaded after the first render, issue 15). */
export const interopLater: Record<keyof typeof en, string> = {
  'interop.exportAs.title': '导出为',
  'interop.exportAs.format': '格式',
  'interop.exportAs.export': '导出',
  'interop.exportAs.cancel': '取消',
  'interop.exportAs.failed': '无法导出为 {format}：{reason}',
  'interop.refused': '无法导入“{name}”：{reason}当前模型未被改动。',
  'interop.error.syntaxLine': '{format}：第 {line} 行有错误。',
  'interop.error.missingConnections': '{format}：这些文件中没有带起点/终点列的文件。',
  'interop.columns.title': '各列分别是什么？',
  'interop.columns.intro': '无法识别“{name}”的列。请为每一列选择含义。',
  'interop.columns.import': '导入',
  'interop.columns.cancel': '取消',
  'interop.columns.sample': '例如 {value}',
  'interop.role.id': '标识',
  'interop.role.label': '名称',
  'interop.role.kind': '类别',
  'interop.role.from': '起点',
  'interop.role.to': '终点',
  'interop.role.relation': '关系类型',
  'interop.role.parent': '分组',
  'interop.role.x': 'X',
  'interop.role.y': 'Y',
  'interop.role.description': '说明',
  'interop.role.ignore': '忽略',
};

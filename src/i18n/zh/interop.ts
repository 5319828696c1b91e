import type { interop as en } from '../en/interop';

/** 互操作（议题 12）：其他工具的格式、导入报告、“导出为…”。 */
export const interop: Record<keyof typeof en, string> = {
  'cmd.importAny': '导入…',
  'cmd.exportAs': '导出为…',
  'interop.imported': '已从 {format} 导入“{name}”：',
  'interop.note.laidOut': '{format} 不保存位置，因此已自动排版。',
  'interop.note.lost': '本编辑器无法保存的 {format} 特性已略去：{what}。',
  'interop.note.kindsNamed': '从文件的类型或类得到 {count} 种节点类别：{list}。',
  'interop.note.kindsStyled': '按节点样式新建了 {count} 种类别（样式相同即类别相同）。',
  'interop.note.relationsNamed': '从文件的类型或类得到 {count} 种关系类型：{list}。',
  'interop.note.relationsStyled': '按连线样式新建了 {count} 种关系类型（样式相同即类型相同）。',
  'interop.note.decodedGb18030': '文件不是 UTF-8 编码，已按 GB18030（中文 Excel 常用编码）读取。',
  'interop.note.columns': '使用的列：{list}。',
  'interop.note.rowsSkipped': '跳过了 {count} 行没有名称的记录。',
  'interop.error.syntax': '{format}：第 {line} 行第 {column} 列有错误。',
  'interop.error.invalid': '{format}：无法读取该文件。',
  'interop.error.xml': '{format}：XML 在第 {line} 行第 {column} 列损坏。',
  'interop.error.xmlNoPosition': '{format}：XML 已损坏。',
  'interop.error.notFormat': '该文件不是 {format}：缺少 {what}。',
  'interop.error.encoding': '{format}：该文件不是 UTF-8 文本（第 {offset} 个字节无法解码）。',
  'interop.error.binary': '该文件是二进制数据，不是 {format} 文本。',
  'interop.error.unknown': '编辑器不认识该文件的格式。可读取的格式：{list}。',
  'interop.error.columns': '{format}：没有可识别的列（{columns}）。请提供名称列（Label、Name、Id、名称）或起点/终点列，或手动指定各列。',
  'interop.error.noNodes': '{format}：文件中没有节点。',
};

import type { Dictionary } from '@jm/shared'
import type { ExportFormat } from '@jm/shared/api'

/** Texts of exporting and importing boards. */
export interface IoMessages {
  export: string
  formats: Record<ExportFormat, string>
  exporting: string
  exportFailed: (reason: string) => string
  importTitle: string
  importHint: string
  importButton: string
  importing: string
  importFailed: string
  atLine: (line: number, problem: string) => string
}

export const IO_MESSAGES: Dictionary<IoMessages> = {
  en: {
    export: 'Export',
    formats: {
      pdf: 'PDF (print, A3)',
      png: 'PNG image',
      md: 'Markdown report',
      csv: 'CSV (a row per note)',
      'actions.csv': 'Actions (CSV)',
      json: 'JSON (full backup)',
    },
    exporting: 'Preparing…',
    exportFailed: (reason) => `Export failed: ${reason}`,
    importTitle: 'Import a board',
    importHint:
      'A JSON export of any board, or CSV with the columns map, stage, lane, text, colour, tags, emotion, author.',
    importButton: 'Choose a file…',
    importing: 'Importing…',
    importFailed: 'The file was not imported:',
    atLine: (line, problem) => `Line ${line}: ${problem}`,
  },
  'zh-CN': {
    export: '导出',
    formats: {
      pdf: 'PDF（打印，A3）',
      png: 'PNG 图片',
      md: 'Markdown 报告',
      csv: 'CSV（每张便利贴一行）',
      'actions.csv': '行动项（CSV）',
      json: 'JSON（完整备份）',
    },
    exporting: '正在准备…',
    exportFailed: (reason) => `导出失败：${reason}`,
    importTitle: '导入白板',
    importHint: '任一白板导出的 JSON，或含 map、stage、lane、text、colour、tags、emotion、author 列的 CSV。',
    importButton: '选择文件…',
    importing: '正在导入…',
    importFailed: '文件未导入：',
    atLine: (line, problem) => `第 ${line} 行：${problem}`,
  },
  'zh-TW': {
    export: '匯出',
    formats: {
      pdf: 'PDF（列印，A3）',
      png: 'PNG 圖片',
      md: 'Markdown 報告',
      csv: 'CSV（每張便利貼一列）',
      'actions.csv': '行動項（CSV）',
      json: 'JSON（完整備份）',
    },
    exporting: '正在準備…',
    exportFailed: (reason) => `匯出失敗：${reason}`,
    importTitle: '匯入白板',
    importHint: '任一白板匯出的 JSON，或含 map、stage、lane、text、colour、tags、emotion、author 欄的 CSV。',
    importButton: '選擇檔案…',
    importing: '正在匯入…',
    importFailed: '檔案未匯入：',
    atLine: (line, problem) => `第 ${line} 行：${problem}`,
  },
}

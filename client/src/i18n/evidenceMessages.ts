import type { Dictionary } from '@jm/shared'

/** Texts of links and attachments on notes and stages. */
export interface EvidenceMessages {
  links: string
  url: string
  title: string
  add: string
  remove: (label: string) => string
  notWebAddress: string
  /** The tooltip of a link: its address, and that it opens elsewhere. */
  opensInNewTab: (url: string) => string
  files: string
  attach: string
  uploading: (name: string) => string
  waiting: (name: string) => string
  /** On a file kept in this browser until the server has it. */
  waitingBadge: string
  removeFile: (name: string) => string
  download: (name: string) => string
  /** What the server said, by its answer's status. */
  tooLarge: (name: string) => string
  notAccepted: (name: string) => string
  uploadFailed: (name: string) => string
  brokenImage: string
}

const en: EvidenceMessages = {
  links: 'Links',
  url: 'https://…',
  title: 'Title (optional)',
  add: 'Add link',
  remove: (label) => `Remove link ${label}`,
  notWebAddress: 'Only http:// or https:// addresses can be links.',
  opensInNewTab: (url) => `${url} (opens in a new tab)`,
  files: 'Files',
  attach: 'Attach file…',
  uploading: (name) => `Uploading ${name}…`,
  waiting: (name) => `${name} is kept here and will be uploaded when the server can be reached.`,
  waitingBadge: 'Waiting to upload',
  removeFile: (name) => `Remove file ${name}`,
  download: (name) => `Download ${name}`,
  tooLarge: (name) => `${name} is too large for this board.`,
  notAccepted: (name) =>
    `${name} was not accepted: only PNG, JPEG, WebP and GIF images, PDFs, Excel workbooks and text or CSV files.`,
  uploadFailed: (name) => `${name} could not be uploaded; try again when you are online.`,
  brokenImage: 'Picture not available',
}

const zhCN: EvidenceMessages = {
  links: '链接',
  url: 'https://…',
  title: '标题（可选）',
  add: '添加链接',
  remove: (label) => `删除链接 ${label}`,
  notWebAddress: '只有 http:// 或 https:// 地址才能作为链接。',
  opensInNewTab: (url) => `${url}（在新标签页中打开）`,
  files: '附件',
  attach: '添加附件…',
  uploading: (name) => `正在上传 ${name}…`,
  waiting: (name) => `${name} 已保存在本机，连上服务器后将自动上传。`,
  waitingBadge: '等待上传',
  removeFile: (name) => `删除附件 ${name}`,
  download: (name) => `下载 ${name}`,
  tooLarge: (name) => `${name} 太大，无法添加到此白板。`,
  notAccepted: (name) =>
    `不接受 ${name}：仅支持 PNG、JPEG、WebP、GIF 图片，PDF，Excel 工作簿以及文本或 CSV 文件。`,
  uploadFailed: (name) => `${name} 上传失败；请在联网后重试。`,
  brokenImage: '图片无法显示',
}

const zhTW: EvidenceMessages = {
  links: '連結',
  url: 'https://…',
  title: '標題（選填）',
  add: '新增連結',
  remove: (label) => `移除連結 ${label}`,
  notWebAddress: '只有 http:// 或 https:// 網址才能作為連結。',
  opensInNewTab: (url) => `${url}（在新分頁中開啟）`,
  files: '附件',
  attach: '新增附件…',
  uploading: (name) => `正在上傳 ${name}…`,
  waiting: (name) => `${name} 已儲存在本機，連上伺服器後將自動上傳。`,
  waitingBadge: '等待上傳',
  removeFile: (name) => `移除附件 ${name}`,
  download: (name) => `下載 ${name}`,
  tooLarge: (name) => `${name} 太大，無法加入此白板。`,
  notAccepted: (name) =>
    `不接受 ${name}：僅支援 PNG、JPEG、WebP、GIF 圖片，PDF，Excel 活頁簿以及文字或 CSV 檔案。`,
  uploadFailed: (name) => `${name} 上傳失敗；請在連線後重試。`,
  brokenImage: '圖片無法顯示',
}

export const EVIDENCE_MESSAGES: Dictionary<EvidenceMessages> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW }

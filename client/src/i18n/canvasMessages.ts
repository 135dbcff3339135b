import type { Dictionary } from '@jm/shared'

/** The canvas's texts; they load with the canvas (the top-bar button's are in canvasToggleMessages.ts). */
export interface CanvasMessages {
  placeNote: string
  noNotes: string
  showOnMap: string
  noteDeleted: string
  readOnly: string
  licenceMissing: string
}

export const CANVAS_MESSAGES: Dictionary<CanvasMessages> = {
  en: {
    placeNote: 'Place a journey note…',
    noNotes: 'The map has no notes yet',
    showOnMap: 'Show on map',
    noteDeleted: 'This note was deleted from the map.',
    readOnly: 'View only',
    licenceMissing:
      'The canvas needs a tldraw licence key on this host. Ask the operator to set VITE_TLDRAW_LICENSE_KEY and rebuild.',
  },
  'zh-CN': {
    placeNote: '放置一张旅程便签…',
    noNotes: '地图上还没有便签',
    showOnMap: '在地图上显示',
    noteDeleted: '这张便签已从地图上删除。',
    readOnly: '仅查看',
    licenceMissing:
      '此主机上的画布需要 tldraw 许可证密钥。请联系运维人员设置 VITE_TLDRAW_LICENSE_KEY 并重新构建。',
  },
  'zh-TW': {
    placeNote: '放置一張旅程便利貼…',
    noNotes: '地圖上還沒有便利貼',
    showOnMap: '在地圖上顯示',
    noteDeleted: '這張便利貼已從地圖上刪除。',
    readOnly: '僅檢視',
    licenceMissing:
      '此主機上的畫布需要 tldraw 授權金鑰。請聯絡維運人員設定 VITE_TLDRAW_LICENSE_KEY 並重新建置。',
  },
}

import type { Dictionary } from '@jm/shared'

/** Texts of the facilitator's tools (voting, timer, locks, private mode, summoning) and what they tell participants. */
export interface FacilitationMessages {
  facilitate: string
  voting: string
  budget: string
  capPerNote: string
  anonymous: string
  liveResults: string
  durationMin: string
  eligibleLanes: string
  /** The stage filter's legend, with how many are chosen (0: none chosen, so all stages). */
  eligibleStages: (chosen: number) => string
  startVote: string
  endVote: string
  extend: string
  reveal: string
  voteOpen: string
  tally: (voters: number, dots: number) => string
  voteClosed: string
  dotsLeft: (left: number, budget: number) => string
  noDotsLeft: string
  capReached: string
  late: (count: number) => string
  results: string
  /** The vote buttons on a note, as a screen reader names them (they show only + and −). */
  addDot: string
  removeDot: string
  noVotes: string
  promoteTop: string
  promoted: (n: number) => string
  pastRounds: string
  round: (n: number) => string
  hiddenUntilReveal: string
  timer: string
  start: string
  pause: string
  resume: string
  reset: string
  timerMinutes: string
  addMinute: string
  sound: string
  timeUp: string
  locks: string
  lockSkeleton: string
  addableLanes: string
  laneClosed: string
  /** A locked change the server undid; `what` names it (refusedParts). */
  refusedStructure: (what: string) => string
  refusedLane: (notes: number) => string
  refusedParts: {
    board: string
    map: string
    persona: string
    stage: (name: string) => string
    lane: (name: string) => string
    /** Joins several parts into one phrase. */
    join: (parts: string[]) => string
  }
  readOnlyWrite: string
  privateMode: string
  privateOn: string
  revealPrivate: string
  privateNotes: (n: number) => string
  privateSaved: string
  summon: string
  bringEveryone: string
  follow: string
  summoned: (stage: string) => string
  close: string
}

const en: FacilitationMessages = {
  facilitate: 'Facilitate',
  voting: 'Dot voting',
  budget: 'Dots per person',
  capPerNote: 'Max dots per note',
  anonymous: 'Anonymous',
  liveResults: 'Show results live',
  durationMin: 'Minutes (0 = until ended)',
  eligibleLanes: 'Notes in lanes',
  eligibleStages: (chosen) => `Only these stages (${chosen === 0 ? 'all' : chosen})`,
  startVote: 'Start vote',
  endVote: 'End vote',
  extend: '+1 min',
  reveal: 'Reveal results',
  voteOpen: 'Voting open',
  tally: (voters, dots) => `${voters} voted · ${dots} ${dots === 1 ? 'dot' : 'dots'}`,
  voteClosed: 'Voting closed',
  dotsLeft: (left, budget) => `${left} of ${budget} dots left`,
  noDotsLeft: 'You have used all your dots.',
  capReached: 'This note already has the most dots you may give it.',
  late: (n) =>
    `${n} of your ${n === 1 ? 'dot' : 'dots'} reached the server after the vote closed and ${n === 1 ? 'was' : 'were'} not counted.`,
  results: 'Results',
  addDot: 'Add a dot to this note',
  removeDot: 'Take a dot back from this note',
  noVotes: 'No dots were cast.',
  promoteTop: 'Promote top',
  promoted: (n) => `${n} opportunities added`,
  pastRounds: 'Past rounds',
  round: (n) => `Round ${n}`,
  hiddenUntilReveal: 'Results are hidden until the reveal.',
  timer: 'Timer',
  start: 'Start',
  pause: 'Pause',
  resume: 'Resume',
  reset: 'Reset',
  timerMinutes: 'Timer minutes',
  addMinute: '+1 min',
  sound: 'Sound at zero',
  timeUp: "Time's up",
  locks: 'Locks',
  lockSkeleton: 'Lock stages, lanes, persona and titles',
  addableLanes: 'Participants may add notes to',
  laneClosed: 'The facilitator closed this lane for new notes.',
  refusedStructure: (what) =>
    `The facilitator has locked the map structure, so your change to ${what} was undone. Your other changes are saved.`,
  refusedLane: (notes) =>
    `The facilitator closed that lane for new notes, so ${notes === 1 ? 'your note there was' : `${notes} of your notes there were`} taken out again. Your other changes are saved.`,
  refusedParts: {
    board: 'the board title',
    map: 'the map',
    persona: 'the persona',
    stage: (name) => `stage “${name}”`,
    lane: (name) => `lane “${name}”`,
    join: (parts) =>
      parts.length < 3 ? parts.join(' and ') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`,
  },
  readOnlyWrite: 'You can only view this board: changes made on this device are not saved to it.',
  privateMode: 'Private brainstorming',
  privateOn: 'On: new notes stay private until revealed',
  revealPrivate: 'Reveal private notes',
  privateNotes: (n) => `Your private notes (${n})`,
  privateSaved: 'Saved privately; others see it after the reveal.',
  summon: 'Bring everyone to',
  bringEveryone: 'Summon',
  follow: 'Follow facilitator',
  summoned: (stage) => `The facilitator brought everyone to “${stage}”.`,
  close: 'Close',
}

const zhCN: FacilitationMessages = {
  facilitate: '主持',
  voting: '圆点投票',
  budget: '每人票数',
  capPerNote: '每张便利贴最多',
  anonymous: '匿名',
  liveResults: '实时显示结果',
  durationMin: '分钟（0 = 直到结束）',
  eligibleLanes: '可投票的泳道',
  eligibleStages: (chosen) => `仅限这些阶段（${chosen === 0 ? '全部' : chosen}）`,
  startVote: '开始投票',
  endVote: '结束投票',
  extend: '+1 分钟',
  reveal: '公布结果',
  voteOpen: '投票进行中',
  tally: (voters, dots) => `${voters} 人已投 · ${dots} 票`,
  voteClosed: '投票已结束',
  dotsLeft: (left, budget) => `还剩 ${left} / ${budget} 票`,
  noDotsLeft: '你的票已用完。',
  capReached: '这张便利贴已达到你可投的上限。',
  late: (n) => `你有 ${n} 票在投票结束后才到达服务器，未被计入。`,
  results: '结果',
  addDot: '给这张便利贴投一票',
  removeDot: '收回投给这张便利贴的一票',
  noVotes: '没有人投票。',
  promoteTop: '将前几名转为机会',
  promoted: (n) => `已添加 ${n} 个机会`,
  pastRounds: '往期投票',
  round: (n) => `第 ${n} 轮`,
  hiddenUntilReveal: '结果在公布前保密。',
  timer: '计时器',
  start: '开始',
  pause: '暂停',
  resume: '继续',
  reset: '重置',
  timerMinutes: '计时分钟数',
  addMinute: '+1 分钟',
  sound: '到时响铃',
  timeUp: '时间到',
  locks: '锁定',
  lockSkeleton: '锁定阶段、泳道、角色和标题',
  addableLanes: '参与者可添加便利贴的泳道',
  laneClosed: '主持人已关闭此泳道，不能添加新便利贴。',
  refusedStructure: (what) => `主持人已锁定地图结构，你对${what}的更改已撤回。你的其他更改均已保存。`,
  refusedLane: (notes) => `主持人已关闭该泳道，你放在那里的 ${notes} 张便利贴已撤回。你的其他更改均已保存。`,
  refusedParts: {
    board: '白板标题',
    map: '地图',
    persona: '买家角色',
    stage: (name) => `阶段“${name}”`,
    lane: (name) => `泳道“${name}”`,
    join: (parts) => parts.join('、'),
  },
  readOnlyWrite: '你只能查看此白板：在本设备上做的更改不会保存到白板。',
  privateMode: '私密头脑风暴',
  privateOn: '开启：新便利贴在公布前仅自己可见',
  revealPrivate: '公布私密便利贴',
  privateNotes: (n) => `你的私密便利贴（${n}）`,
  privateSaved: '已私密保存，公布后其他人才能看到。',
  summon: '带所有人到',
  bringEveryone: '召集',
  follow: '跟随主持人',
  summoned: (stage) => `主持人把大家带到了“${stage}”。`,
  close: '关闭',
}

const zhTW: FacilitationMessages = {
  facilitate: '主持',
  voting: '圓點投票',
  budget: '每人票數',
  capPerNote: '每張便利貼最多',
  anonymous: '匿名',
  liveResults: '即時顯示結果',
  durationMin: '分鐘（0 = 直到結束）',
  eligibleLanes: '可投票的泳道',
  eligibleStages: (chosen) => `僅限這些階段（${chosen === 0 ? '全部' : chosen}）`,
  startVote: '開始投票',
  endVote: '結束投票',
  extend: '+1 分鐘',
  reveal: '公布結果',
  voteOpen: '投票進行中',
  tally: (voters, dots) => `${voters} 人已投 · ${dots} 票`,
  voteClosed: '投票已結束',
  dotsLeft: (left, budget) => `還剩 ${left} / ${budget} 票`,
  noDotsLeft: '你的票已用完。',
  capReached: '這張便利貼已達到你可投的上限。',
  late: (n) => `你有 ${n} 票在投票結束後才到達伺服器，未被計入。`,
  results: '結果',
  addDot: '給這張便利貼投一票',
  removeDot: '收回投給這張便利貼的一票',
  noVotes: '沒有人投票。',
  promoteTop: '將前幾名轉為機會',
  promoted: (n) => `已新增 ${n} 個機會`,
  pastRounds: '往期投票',
  round: (n) => `第 ${n} 輪`,
  hiddenUntilReveal: '結果在公布前保密。',
  timer: '計時器',
  start: '開始',
  pause: '暫停',
  resume: '繼續',
  reset: '重設',
  timerMinutes: '計時分鐘數',
  addMinute: '+1 分鐘',
  sound: '到時響鈴',
  timeUp: '時間到',
  locks: '鎖定',
  lockSkeleton: '鎖定階段、泳道、角色和標題',
  addableLanes: '參與者可新增便利貼的泳道',
  laneClosed: '主持人已關閉此泳道，不能新增便利貼。',
  refusedStructure: (what) => `主持人已鎖定地圖結構，你對${what}的變更已撤回。你的其他變更均已儲存。`,
  refusedLane: (notes) => `主持人已關閉該泳道，你放在那裡的 ${notes} 張便利貼已撤回。你的其他變更均已儲存。`,
  refusedParts: {
    board: '白板標題',
    map: '地圖',
    persona: '買家角色',
    stage: (name) => `階段「${name}」`,
    lane: (name) => `泳道「${name}」`,
    join: (parts) => parts.join('、'),
  },
  readOnlyWrite: '你只能檢視此白板：在本裝置上做的變更不會儲存到白板。',
  privateMode: '私密腦力激盪',
  privateOn: '開啟：新便利貼在公布前僅自己可見',
  revealPrivate: '公布私密便利貼',
  privateNotes: (n) => `你的私密便利貼（${n}）`,
  privateSaved: '已私密儲存，公布後其他人才能看到。',
  summon: '帶所有人到',
  bringEveryone: '召集',
  follow: '跟隨主持人',
  summoned: (stage) => `主持人把大家帶到了「${stage}」。`,
  close: '關閉',
}

export const FACILITATION_MESSAGES: Dictionary<FacilitationMessages> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW }

/**
 * The one lazily loaded entry of the evidence UI beyond what a note card always shows (its text's
 * links and link chips): the editors of links and files and the file views. Kept out of the board's
 * first load (budget 120 kB gzip), as one entry so the bundler does not split the modules they
 * share into chunks of their own.
 */
export { AttachmentList } from './AttachmentList.tsx'
export { AttachmentView } from './AttachmentView.tsx'
export { LinkList } from './LinkList.tsx'

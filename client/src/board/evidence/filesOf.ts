/** The files a drop or a paste carries, if any (text and dragged notes carry none). */
export function filesOf(transfer: DataTransfer | null | undefined): File[] {
  return [...(transfer?.files ?? [])]
}

/** Whether a drag carries files, which can be known before the drop (their names cannot). */
export const carriesFiles = (transfer: DataTransfer | null | undefined): boolean =>
  transfer?.types.includes('Files') ?? false

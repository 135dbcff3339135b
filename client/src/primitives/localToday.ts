/** Today in this device's calendar as YYYY-MM-DD: an action is overdue from the day after its due date where one is. */
export function localToday(now = new Date()): string {
  const two = (value: number) => String(value).padStart(2, '0')
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`
}

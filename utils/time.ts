/** The local midnight that began the day `at` (epoch ms) falls in: "today" as the user's clock has it. */
export function startOfLocalDay(at: number): number {
  const day = new Date(at);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

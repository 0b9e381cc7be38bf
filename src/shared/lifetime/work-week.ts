/** When the support team works: the basis of the suggested lifetime. */
export interface WorkWeek {
  /** Working weekdays, 0 = Sunday … 6 = Saturday. */
  days: number[];
  /** Start and end of working hours, in minutes after midnight. An end at or before the start means the shift ends the next day. */
  start: number;
  end: number;
  /** IANA time zone of the team; '' means the browser's own. */
  timeZone: string;
  /** Public holidays and other days off, as YYYY-MM-DD in the team's time zone. */
  holidays: string[];
}

/** Monday to Friday, 9:00 to 17:00, in the user's own time zone. */
export const defaultWorkWeek: WorkWeek = {
  days: [1, 2, 3, 4, 5],
  start: 9 * 60,
  end: 17 * 60,
  timeZone: '',
  holidays: [],
};

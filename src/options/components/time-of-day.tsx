const asTime = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const asMinutes = (time: string): number | undefined => {
  const match = /^(\d{2}):(\d{2})/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
};

interface Props {
  id: string;
  label: string;
  /** Minutes after midnight. */
  minutes: number;
  onChange: (minutes: number) => void;
}

/** A time of day as the browser's own time picker shows it; a half-typed time changes nothing. */
export function TimeOfDay({ id, label, minutes, onChange }: Props) {
  return (
    <>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="time"
        class="short"
        required
        value={asTime(minutes)}
        onChange={(event) => {
          const typed = asMinutes(event.currentTarget.value);
          if (typed !== undefined) onChange(typed);
        }}
      />
    </>
  );
}

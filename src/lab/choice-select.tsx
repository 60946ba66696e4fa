/** One choice of a select: its value and the words shown for it. */
export interface Choice<T extends string> {
  value: T;
  label: string;
}

export interface ChoiceSelectProps<T extends string> {
  id: string;
  /** The current value; one outside `choices` shows as no choice. */
  value: string;
  choices: readonly Choice<T>[];
  onChoose: (value: T) => void;
}

/** A select over a fixed list: what it reports is always one of `choices`, typed as such. */
export function ChoiceSelect<T extends string>({
  id,
  value,
  choices,
  onChoose,
}: ChoiceSelectProps<T>) {
  return (
    <select
      id={id}
      value={value}
      onChange={(e) => {
        const chosen = choices.find((choice) => choice.value === e.currentTarget.value);
        if (chosen !== undefined) onChoose(chosen.value);
      }}
    >
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </select>
  );
}

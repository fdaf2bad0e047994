import { useEffect, useState, type InputHTMLAttributes } from "react";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange"> & {
  value: string;
  onCommit: (value: string) => void;
};

/** A text box that edits locally and commits on Enter or when it loses focus: one undo step per edit. */
export function CommitInput({ value, onCommit, ...rest }: Props) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = () => {
    if (text !== value) onCommit(text);
  };
  return (
    <input
      {...rest}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === "Enter") commit();
        if (e.key === "Escape") setText(value);
      }}
    />
  );
}

type AreaProps = { value: string; onCommit: (value: string) => void; rows?: number; id?: string; "aria-label"?: string };

export function CommitTextArea({ value, onCommit, ...rest }: AreaProps) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return <textarea {...rest} value={text} onChange={(e) => setText(e.target.value)} onBlur={() => text !== value && onCommit(text)} />;
}

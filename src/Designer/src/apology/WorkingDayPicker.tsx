import { useTranslation } from "react-i18next";
import { formatDate } from "../office/format";
import { addDays, checkDay, nextWorkingDays, useYearSchedules } from "./workingDays";

/**
 * Ngày hẹn trả kết quả mới: a date field that says whether the chosen day is a working day on the
 * engine's calendar (weekends, holidays, make-up Saturdays), offers the next working days after
 * the earliest allowed one, and states the legal rule beside it.
 */
export function WorkingDayPicker({ value, onChange, after, time, onTime }: {
  value: string; onChange: (day: string) => void; after: string; time: string; onTime: (time: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const year = Number(after.slice(0, 4));
  const { schedules, pending } = useYearSchedules([year, year + 1]);
  const suggestions = pending ? [] : nextWorkingDays(after, 5, schedules);
  const check = value && !pending ? checkDay(value, schedules, lang) : undefined;
  const tooEarly = !!value && value <= after;
  const label = (day: string) => `${new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "vi-VN", { weekday: "long", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`))} ${formatDate(`${day}T12:00:00+07:00`, lang)}`;
  return (
    <fieldset className="day-picker" data-testid="day-picker">
      <legend>{t("apology.newReturnAt")} <span className="required">*</span></legend>
      <p className="hint" data-testid="legal-rule">{t("apology.rule", { after: formatDate(`${after}T12:00:00+07:00`, lang) })}</p>
      <div className="row wrap">
        <label className="field"><span>{t("apology.day")}</span>
          <input type="date" value={value} min={addDays(after, 1)} onChange={(e) => onChange(e.target.value)} data-testid="new-return-day" />
        </label>
        <label className="field"><span>{t("apology.time")}</span>
          <input type="time" value={time} min="07:00" max="17:00" step={1800} onChange={(e) => onTime(e.target.value)} data-testid="new-return-time" />
        </label>
      </div>
      {suggestions.length > 0 && (
        <div className="row wrap day-suggestions" role="group" aria-label={t("apology.suggestions")}>
          <span className="muted small">{t("apology.suggestions")}:</span>
          {suggestions.map((day) => (
            <button key={day} type="button" className={`chip ${value === day ? "active" : ""}`} onClick={() => onChange(day)} data-day={day}>{label(day)}</button>
          ))}
        </div>
      )}
      {value && check && (
        <p className={`day-check ${check.working && !tooEarly ? "ok" : "bad"}`} data-testid="day-check" data-working={check.working && !tooEarly}>
          {label(value)} — {tooEarly ? t("apology.tooEarly") : check.working ? t("apology.workingDay") : t("apology.dayOff")}
          {check.name ? ` (${check.name})` : ""}
        </p>
      )}
    </fieldset>
  );
}

import { useQueries } from "@tanstack/react-query";
import { z } from "zod";
import { getJson } from "../api/client";
import { VIETNAM } from "../office/format";

const dayOff = z.looseObject({ from: z.string(), to: z.string(), nameVi: z.string(), nameEn: z.string() });
const extraDay = z.looseObject({ date: z.string(), nameVi: z.string(), nameEn: z.string() });
const yearSchedule = z.looseObject({ year: z.number(), daysOff: z.array(dayOff).default([]), workingDays: z.array(extraDay).default([]) });
type YearSchedule = z.infer<typeof yearSchedule>;

/** Why a day is or is not a working day (ngày làm việc) on the engine's calendar. */
export interface DayCheck {
  working: boolean;
  /** The holiday or make-up day's name, when the day is one. */
  name?: string;
  weekend: boolean;
}

/** "2026-11-30" as the weekday index (0 Sunday) of that calendar day. */
const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

export function checkDay(day: string, schedules: readonly YearSchedule[], lang: string): DayCheck {
  const weekend = [0, 6].includes(weekday(day));
  const year = schedules.find((s) => s.year === Number(day.slice(0, 4)));
  const name = (x: { nameVi: string; nameEn: string }) => (lang === "en" ? x.nameEn : x.nameVi);
  const extra = year?.workingDays.find((w) => w.date === day);
  if (extra) return { working: true, name: name(extra), weekend };
  const off = year?.daysOff.find((d) => d.from <= day && day <= d.to);
  if (off) return { working: false, name: name(off), weekend };
  return { working: !weekend, weekend };
}

/** The calendar day (YYYY-MM-DD) of an instant in Vietnam. */
export function vietnamDay(value: string | Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: VIETNAM, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(value));
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The first <count> working days strictly after <after>. */
export function nextWorkingDays(after: string, count: number, schedules: readonly YearSchedule[]): string[] {
  const out: string[] = [];
  for (let day = addDays(after, 1), guard = 0; out.length < count && guard < 60; day = addDays(day, 1), guard++)
    if (checkDay(day, schedules, "vi").working) out.push(day);
  return out;
}

/** The days off and make-up working days of the years asked for (GET /api/calendar/years/{year}). */
export function useYearSchedules(years: readonly number[]) {
  const queries = useQueries({
    queries: [...new Set(years)].map((year) => ({
      queryKey: ["calendar-year", year],
      queryFn: () => getJson(`/api/calendar/years/${year}`, yearSchedule),
      staleTime: Infinity,
      retry: false,
    })),
  });
  return { schedules: queries.flatMap((q) => (q.data ? [q.data] : [])), pending: queries.some((q) => q.isPending) };
}

/** A day and a time of day in Vietnam ("2026-11-30", "16:00") as an ISO instant. */
export const vietnamInstant = (day: string, time: string) => `${day}T${time}:00+07:00`;

import { z } from "zod";

/** The signed-in officer (cán bộ, công chức): who, in which agency and unit, holding which roles. */
export const officerView = z.looseObject({
  userName: z.string(),
  fullName: z.string(),
  agencyEId: z.string(),
  agencyName: z.string().nullish(),
  unitCode: z.string().nullish(),
  unitName: z.string().nullish(),
  roles: z.array(z.string()).default([]),
});
export type OfficerView = z.infer<typeof officerView>;

export const ONE_STOP_OFFICER = "OneStopOfficer";
/** Công chức thiết kế quy trình: drafts, imports and publishes procedures (the designer page). */
export const PROCESS_DESIGNER = "ProcessDesigner";
export const holds = (o: OfficerView | null | undefined, role: string) => !!o?.roles.includes(role);
export const isDeskOfficer = (o: OfficerView | null | undefined) => holds(o, ONE_STOP_OFFICER);

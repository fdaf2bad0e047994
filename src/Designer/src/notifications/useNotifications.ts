import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { command, getJson } from "../api/client";
import { instant } from "../office/codes";

const id = z.union([z.number(), z.string()]).transform(String);

/** Thông báo: an escalation of a step (near due, due, overdue), an owed or issued apology, a second overrun. */
export const notification = z.looseObject({
  id,
  dossierId: id,
  taskId: id.nullish(),
  kind: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  createdAt: z.string(),
  readAt: instant,
});
export type Notification = z.infer<typeof notification>;

/** How a notification's kind is coloured: red overdue and overrun, yellow near due and due, blue apologies. */
export const KIND_TONE: Record<string, string> = {
  StepNearDue: "near", StepDue: "near", StepOverdue: "overdue", SecondOverrun: "overdue",
  ApologyOwed: "apology", ApologyIssued: "apology", ApologyToCitizen: "apology", SupplementApprovalNeeded: "near",
};

const KEY = ["notifications"] as const;

/** The officer's latest notifications (read and unread), read again every minute. */
export const useNotifications = (enabled: boolean) =>
  useQuery({ queryKey: KEY, enabled, queryFn: () => getJson("/api/notifications?take=50", z.array(notification)), refetchInterval: 60_000 });

/** Marks one read (đã đọc); the list, the dossier and the inbox are read again. */
export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (n: Notification) => command("POST", `/api/dossiers/${encodeURIComponent(n.dossierId)}/notifications/${encodeURIComponent(n.id)}/read`),
    onSettled: (_data, _error, n) => {
      void client.invalidateQueries({ queryKey: KEY });
      void client.invalidateQueries({ queryKey: ["dossier", n.dossierId] });
    },
  });
}

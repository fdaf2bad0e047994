import { Handle, Position, type NodeProps } from "@xyflow/react";
import { useTranslation } from "react-i18next";
import { displayText } from "../model/document";
import { inputNumber, inputStructured, inputText } from "../model/inputs";
import { useDiagram } from "./DiagramContext";
import type { ActivityFlowNode } from "./buildFlow";
import { hasInPort } from "./ports";
import { formatWorkingHours, roleName, unitRuleText } from "./format";

/** One activity on the canvas: its kind, title, who and how long, its ports, and its validation issues. */
export function ActivityNode({ id, data, selected }: NodeProps<ActivityFlowNode>) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { descriptors, roles, issues } = useDiagram();
  const activity = data.activity;
  const type = String(activity.type ?? "");
  const descriptor = descriptors.get(type);
  const mine = issues.get(id) ?? [];
  const errors = mine.filter((i) => i.severity === "Error");
  const kindName = descriptor ? (lang === "en" ? descriptor.displayName.en : descriptor.displayName.vi) : type;
  const title = inputText(activity, "title") ?? displayText(activity) ?? (typeof activity.name === "string" ? activity.name : kindName);

  const details: string[] = [];
  for (const input of descriptor?.inputs ?? []) {
    if (input.editor === "role") {
      const role = inputText(activity, input.name) ?? (typeof input.default === "string" ? input.default : undefined);
      const name = roleName(role, roles, lang);
      if (name) details.push(name);
    } else if (input.editor === "workingDuration") {
      const hours = inputNumber(activity, input.name);
      if (hours !== undefined && hours > 0) details.push(formatWorkingHours(hours, t, lang));
    } else if (input.editor === "unitRule") {
      const text = unitRuleText(inputStructured(activity, input.name) ?? (input.default ?? undefined), t);
      if (text) details.push(text);
    }
  }
  const category = descriptor?.category ?? "Unknown";
  const message = mine[0] ? ((lang === "en" ? mine[0].messageEn : mine[0].messageVi) ?? mine[0].message ?? undefined) : undefined;

  return (
    <div
      className={`node cat-${category}${selected ? " selected" : ""}${errors.length ? " has-errors" : mine.length ? " has-warnings" : ""}`}
      data-testid={`node-${id}`}
      data-type={type}
    >
      {hasInPort(descriptor) && <Handle type="target" position={Position.Left} id="In" className="port-in" />}
      <div className="node-kind">
        <span>{kindName}</span>
        {mine.length > 0 && (
          <span className={`badge ${errors.length ? "badge-error" : "badge-warning"}`} title={message} data-testid="node-issues">
            {mine.length}
          </span>
        )}
      </div>
      <div className="node-title">{title}</div>
      {details.map((d, i) => (
        <div className="node-detail" key={i}>{d}</div>
      ))}
      {data.ports.length > 0 && (
        <div className="node-ports">
          {data.ports.map((port) => (
            <div className="node-port" key={port} title={port}>
              <span>{t(`ports.${port}`, { defaultValue: port })}</span>
              <Handle type="source" position={Position.Right} id={port} className="port-out" />
            </div>
          ))}
        </div>
      )}
      {message && <div className={errors.length ? "node-message error" : "node-message warning"}>{message}</div>}
    </div>
  );
}

export const nodeTypes = { activity: ActivityNode };

import type { ActivityDescriptor } from "../api/schemas";
import { inputLabels, inputStructured } from "../model/inputs";
import { asString, isObject, type JsonObject } from "../model/json";
import type { Connection } from "../model/document";

/**
 * An activity's ports (outcomes), from its descriptor: the static outcomes, or those its
 * `outcomesInput` defines (a list of labels, or a switch's cases plus Default). Ports that
 * connections use but the activity does not define are kept, so nothing silently disappears.
 */
export function portsOf(activity: JsonObject, descriptor: ActivityDescriptor | undefined, connections: Connection[]): string[] {
  const ports: string[] = [];
  if (descriptor?.outcomesInput) {
    const input = descriptor.inputs.find((i) => i.name === descriptor.outcomesInput);
    if (input?.editor === "cases") {
      const cases = inputStructured(activity, input.name);
      const labels = Array.isArray(cases) ? cases.map((c) => (isObject(c) ? asString(c.label) : undefined)) : [];
      ports.push(...labels.filter((l): l is string => !!l), "Default");
    } else {
      const labels = inputLabels(activity, descriptor.outcomesInput);
      ports.push(...(labels.length > 0 ? labels : input?.editor === "branches" ? ["Done"] : []));
    }
  } else if (descriptor) {
    ports.push(...descriptor.outcomes);
  } else {
    ports.push("Done");
  }
  for (const c of connections) if (c.source === activity.id && !ports.includes(c.sourcePort)) ports.push(c.sourcePort);
  return ports;
}

/** Whether the activity can be the target of a connection (Start cannot). */
export function hasInPort(descriptor: ActivityDescriptor | undefined): boolean {
  return !descriptor?.isStart;
}

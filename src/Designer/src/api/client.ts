import type { z } from "zod";
import i18n from "../i18n";
import { problemDetails, type Issue, type ProblemDetails } from "./schemas";

/** An error answer from the engine: its ProblemDetails, with located issues when there are any. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;

  constructor(status: number, problem: ProblemDetails) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  get issues(): Issue[] {
    return this.problem.errors ?? this.problem.issues ?? [];
  }
}

function headers(extra?: HeadersInit): Headers {
  const h = new Headers(extra);
  h.set("Accept-Language", i18n.language === "en" ? "en" : "vi");
  if (!h.has("Accept")) h.set("Accept", "application/json");
  return h;
}

async function send(path: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(path, { ...init, headers: headers(init?.headers) });
  if (response.ok) return response;
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = { title: response.statusText };
  }
  const parsed = problemDetails.safeParse(body);
  throw new ApiError(response.status, parsed.success ? parsed.data : { title: response.statusText, status: response.status });
}

export async function getJson<T extends z.ZodType>(path: string, schema: T): Promise<z.infer<T>> {
  const response = await send(path);
  return schema.parse(await response.json());
}

export async function postJson<T extends z.ZodType>(path: string, body: unknown, schema: T): Promise<z.infer<T>> {
  const response = await send(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return schema.parse(await response.json());
}

/** A JSON answer with the dossier version it was read at (ETag "v{version}"), for If-Match on the next action. */
export interface Versioned<T> {
  data: T;
  etag: string | null;
}

export async function getVersioned<T extends z.ZodType>(path: string, schema: T): Promise<Versioned<z.infer<T>>> {
  const response = await send(path);
  return { data: schema.parse(await response.json()), etag: response.headers.get("ETag") };
}

/**
 * A command (POST, DELETE) with an optional JSON body and If-Match; the answer body is parsed
 * with <schema> when one is given and the server sent one.
 */
export async function command<T extends z.ZodType>(
  method: "POST" | "DELETE", path: string, body?: unknown, options?: { ifMatch?: string | null; schema?: T },
): Promise<z.infer<T> | undefined> {
  const h: Record<string, string> = {};
  if (body !== undefined) h["Content-Type"] = "application/json";
  if (options?.ifMatch) h["If-Match"] = options.ifMatch;
  const response = await send(path, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!options?.schema || response.status === 204) return undefined;
  const text = await response.text();
  return text ? options.schema.parse(JSON.parse(text)) : undefined;
}

/** POST whose answer body, if any, is not needed (publish). */
export async function postForResponse(path: string, body: unknown): Promise<Response> {
  return send(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
}

/** A short human message for an error, with its first located issues. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    const issues = error.issues.slice(0, 3).map((i) => i.message ?? (i18n.language === "en" ? i.messageEn : i.messageVi) ?? i.code);
    return [error.problem.title ?? error.message, error.problem.detail, ...issues, error.problem.reason].filter((x, i, all) => x && all.indexOf(x) === i).join(" — ");
  }
  return error instanceof Error ? error.message : String(error);
}

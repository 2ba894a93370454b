// Typed clients of the three services: paths, parameters, bodies and answers all come from the committed OpenAPI
// documents (src/generated, made by openapi-typescript; the build regenerates them and fails on any difference).
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { components as EvaluationComponents, paths as EvaluationPaths } from "./generated/evaluation";
import type { components as FundingComponents, paths as FundingPaths } from "./generated/funding";
import type { components as PlansComponents, paths as PlansPaths } from "./generated/plans";

export type PlansSchemas = PlansComponents["schemas"];
export type FundingSchemas = FundingComponents["schemas"];
export type EvaluationSchemas = EvaluationComponents["schemas"];

/** What every error answer is (application/problem+json, RFC 9457); branch on `type`, see docs/api-guide.md. */
export type Problem = PlansSchemas["Problem"];
export type Money = PlansSchemas["MoneyValue"];

export interface Settings {
  /** Base URLs of the services; the local system of ./run by default. */
  plans?: string;
  funding?: string;
  evaluation?: string;
  /** A bearer token of the municipality's identity provider (asked for on every request, so it may be refreshed). */
  token: () => string | Promise<string>;
  fetch?: typeof globalThis.fetch;
}

/**
 * The clients read JSON: where an operation also answers another type (a list as `text/csv` for spreadsheets), the
 * answers are typed as its JSON. Ask for CSV with a client of that media type, e.g.
 * `createClient<PlansPaths, "text/csv">({ ..., headers: { Accept: "text/csv" } })` and `parseAs: "text"`.
 */
type Json = "application/json";

export interface Boligsocial {
  plans: Client<PlansPaths, Json>;
  funding: Client<FundingPaths, Json>;
  evaluation: Client<EvaluationPaths, Json>;
}

export function boligsocial(settings: Settings): Boligsocial {
  const auth: Middleware = {
    async onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${await settings.token()}`);
      return request;
    },
  };
  const options = settings.fetch === undefined ? {} : { fetch: settings.fetch };
  const plans = createClient<PlansPaths, Json>({ baseUrl: settings.plans ?? "http://localhost:8081", ...options });
  const funding = createClient<FundingPaths, Json>({ baseUrl: settings.funding ?? "http://localhost:8082", ...options });
  const evaluation = createClient<EvaluationPaths, Json>({ baseUrl: settings.evaluation ?? "http://localhost:8083", ...options });
  for (const client of [plans, funding, evaluation] as const) {
    client.use(auth);
  }
  return { plans, funding, evaluation };
}

/** Money as the services want it: kroner with two decimals, and the currency (always DKK). */
export function dkk(amount: number): Money {
  return { amount: Math.round(amount * 100) / 100, currency: "DKK" };
}

/** Reads every page of a collection: follows `next` until it is null. */
export async function all<T>(page: (cursor: string | undefined) => Promise<{ items: T[]; next: string | null }>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const answer = await page(cursor);
    items.push(...answer.items);
    cursor = answer.next ?? undefined;
  } while (cursor !== undefined);
  return items;
}

/** The answer's data, or an Error carrying the problem (its type, title and detail). */
export function orThrow<T>(answer: { data?: T; error?: unknown; response: Response }): T {
  if (answer.data !== undefined) {
    return answer.data;
  }
  const problem = answer.error as Partial<Problem> | undefined;
  throw new Error(`${answer.response.status} ${problem?.type ?? ""} ${problem?.title ?? ""}: ${problem?.detail ?? ""}`);
}

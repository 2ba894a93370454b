// A frontend's everyday use of plans-service: create a plan, read it with its ETag, submit it, list a round's plans.
import { all, boligsocial, dkk, orThrow, type PlansSchemas } from "../client";

type PlanRequest = PlansSchemas["PlanRequest"];
type PlanResponse = PlansSchemas["PlanResponse"];
type PlanStatus = PlansSchemas["PlanStatus"];

export async function createAndSubmit(token: string, organisationId: string, areaId: string): Promise<PlanResponse> {
  const api = boligsocial({ token: () => token });
  const request: PlanRequest = {
    title: "Helhedsplan for Demo-parken 2012-2015",
    roundId: "2011-14",
    housingOrganisationId: organisationId,
    housingAreaIds: [areaId],
    themes: ["BOERN_UNGE_FAMILIER"],
    targetGroups: ["Børn og unge 6-17 år"],
    periodStart: "2012-01-01",
    periodEnd: "2015-12-31",
    budget: [
      { source: "LBF", year: 2012, amount: dkk(2_500_000) },
      { source: "MUNICIPALITY", year: 2012, amount: dkk(500_000) },
      { source: "HOUSING_ORGANISATION", year: 2012, amount: dkk(500_000) },
    ],
    activities: [{ theme: "BOERN_UNGE_FAMILIER", title: "Fritidsjobformidling", description: "Unge ud i fritidsjob." }],
  };
  const created = orThrow(await api.plans.POST("/v1/plans", { body: request }));
  const read = await api.plans.GET("/v1/plans/{id}", { params: { path: { id: created.id } } });
  const etag = read.response.headers.get("ETag") ?? `"${created.version}"`;
  const submitted = orThrow(await api.plans.POST("/v1/plans/{id}/submission", {
    params: { path: { id: created.id }, header: { "If-Match": etag } },
    body: { recommendation: "Kommunen anbefaler helhedsplanen." },
  }));
  const status: PlanStatus = submitted.status;
  const total: number = submitted.totalBudget.amount;
  const granted: number | null = submitted.grantedAmount === null ? null : submitted.grantedAmount.amount;
  console.log(status, total, granted);
  return submitted;
}

export async function grantedPlansOfRound(token: string, roundId: string): Promise<string[]> {
  const api = boligsocial({ token: () => token });
  const plans = await all((cursor) => api.plans.GET("/v1/plans", {
    params: { query: { roundId, status: "GRANTED", limit: 200, ...(cursor === undefined ? {} : { cursor }) } },
  }).then(orThrow));
  return plans.map((plan) => `${plan.title}: ${plan.totalBudget.amount.toFixed(2)} ${plan.totalBudget.currency}`);
}

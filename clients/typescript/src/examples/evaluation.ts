// An evaluator's use of evaluation-service: the framework of a granted plan, a measurement, a baseline evaluation.
import { all, boligsocial, orThrow, type EvaluationSchemas } from "../client";

type MeasurementRequest = EvaluationSchemas["MeasurementRequest"];

export async function reportFirstIndicator(token: string, planId: string): Promise<string> {
  const api = boligsocial({ token: () => token });
  const framework = orThrow(await api.evaluation.GET("/v1/plans/{planId}/framework", { params: { path: { planId } } }));
  const indicator = framework.indicators[0];
  const period = framework.periods[0];
  if (indicator === undefined || period === undefined) {
    throw new Error(`plan ${planId} has no indicators or periods`);
  }
  const body: MeasurementRequest = { year: period.year, value: 45.0, note: "Klubtælling oktober" };
  const measurement = orThrow(await api.evaluation.POST("/v1/plans/{planId}/indicators/{indicatorId}/measurements", {
    params: { path: { planId, indicatorId: indicator.indicatorId } },
    body,
  }));
  const measurements = await all((cursor) => api.evaluation.GET("/v1/plans/{planId}/indicators/{indicatorId}/measurements", {
    params: { path: { planId, indicatorId: indicator.indicatorId }, query: cursor === undefined ? {} : { cursor } },
  }).then(orThrow));
  return `${indicator.code} ${measurement.status}; ${measurements.length} measurement(s), baseline ${indicator.baseline?.value ?? "not set"}`;
}

export async function baselineEvaluation(token: string, planId: string, themes: string[]): Promise<string> {
  const api = boligsocial({ token: () => token });
  const evaluation = orThrow(await api.evaluation.POST("/v1/plans/{planId}/evaluations", {
    params: { path: { planId } },
    body: { kind: "BASELINE", assessments: themes.map((theme) => ({ theme, rating: 3, findings: "Udgangspunkt." })) },
  }));
  return `${evaluation.kind} ${evaluation.status} by ${evaluation.author ?? "nobody yet"}`;
}

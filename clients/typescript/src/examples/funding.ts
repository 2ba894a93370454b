// A municipal finance system's use of funding-service: a plan's money, a disbursement (idempotent), the round report.
import { boligsocial, dkk, orThrow, type FundingSchemas } from "../client";

type DisbursementRequest = FundingSchemas["DisbursementRequest"];

export async function payFirstQuarter(token: string, planId: string): Promise<string> {
  const api = boligsocial({ token: () => token });
  const funding = orThrow(await api.funding.GET("/v1/plans/{planId}/funding", { params: { path: { planId } } }));
  const municipal = funding.positions.filter((position) => position.source === "MUNICIPALITY");
  const first = municipal[0];
  if (first === undefined) {
    throw new Error(`plan ${planId} has no municipal commitment (${funding.state})`);
  }
  const body: DisbursementRequest = {
    source: "MUNICIPALITY",
    year: first.year,
    amount: dkk(Math.min(first.remaining.amount, 125_000)),
    reference: "Udbetaling 1. kvartal",
  };
  const paid = orThrow(await api.funding.POST("/v1/plans/{planId}/disbursements", {
    params: { path: { planId }, header: { "Idempotency-Key": `q1-${planId}` } },
    body,
  }));
  return `${paid.id}: ${paid.amount.amount.toFixed(2)} ${paid.amount.currency}, ${paid.remainingCommitment.amount} left`;
}

export async function leverage(token: string, roundId: string): Promise<number | null> {
  const api = boligsocial({ token: () => token });
  const report = orThrow(await api.funding.GET("/v1/reports/rounds/{roundId}", { params: { path: { roundId } } }));
  const pool = report.pool;
  console.log(pool === null ? "no pool" : `${pool.name}: ${pool.available.amount} available`);
  return report.leverage.ratio;
}

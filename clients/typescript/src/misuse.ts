// What the types must refuse. Every line below is a mistake a client could make; each is marked @ts-expect-error, so
// the build's strict compile fails ("Unused '@ts-expect-error' directive") the day the contract lets one through.
import { boligsocial, type FundingSchemas, type PlansSchemas } from "./client";

type PlanRequest = PlansSchemas["PlanRequest"];
type PlanStatus = PlansSchemas["PlanStatus"];
type Money = PlansSchemas["MoneyValue"];

export async function misuses(token: string, planId: string): Promise<void> {
  const api = boligsocial({ token: () => token });

  // An empty plan: title, round, organisation, areas, themes, target groups, period and budget are required.
  // @ts-expect-error
  const empty: PlanRequest = {};

  // Money without its currency.
  // @ts-expect-error
  const noCurrency: Money = { amount: 500000.0 };

  // Money in another currency than DKK.
  // @ts-expect-error
  const euros: Money = { amount: 500000.0, currency: "EUR" };

  // Money as a string.
  // @ts-expect-error
  const textAmount: Money = { amount: "500000.00", currency: "DKK" };

  // A status the lifecycle does not have.
  // @ts-expect-error
  const wrongStatus: PlanStatus = "GRANTD";

  // Filtering plans by a status that does not exist.
  // @ts-expect-error
  await api.plans.GET("/v1/plans", { params: { query: { status: "PAID" } } });

  // A decision without If-Match.
  // @ts-expect-error
  await api.plans.POST("/v1/plans/{id}/submission", { params: { path: { id: planId } }, body: { recommendation: "Ja" } });

  // A path the service does not have.
  // @ts-expect-error
  await api.plans.DELETE("/v1/plans/{id}", { params: { path: { id: planId } } });

  // A disbursement without reference, from a source that does not exist.
  const disbursement: FundingSchemas["DisbursementRequest"] = {
    // @ts-expect-error
    source: "STATE",
    year: 2012,
    amount: { amount: 1000.0, currency: "DKK" },
    reference: "x",
  };
  // @ts-expect-error
  const noReference: FundingSchemas["DisbursementRequest"] = { source: "LBF", year: 2012, amount: { amount: 1.0, currency: "DKK" } };

  // The limit of a page as text.
  // @ts-expect-error
  await api.funding.GET("/v1/pools", { params: { query: { limit: "50" } } });

  // Reading an answer's id as a number.
  const plan = await api.plans.GET("/v1/plans/{id}", { params: { path: { id: planId } } });
  if (plan.data !== undefined) {
    // @ts-expect-error
    const id: number = plan.data.id;
    // A granted amount may be null until the grant.
    // @ts-expect-error
    const granted: number = plan.data.grantedAmount.amount;
    console.log(id, granted);
  }
  console.log(empty, noCurrency, euros, textAmount, wrongStatus, disbursement, noReference);
}

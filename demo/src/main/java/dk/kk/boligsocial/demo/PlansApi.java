package dk.kk.boligsocial.demo;

import dk.kk.boligsocial.client.plans.ApiClient;
import dk.kk.boligsocial.client.plans.ApiException;
import dk.kk.boligsocial.client.plans.ApiResponse;
import dk.kk.boligsocial.client.plans.api.HousingAreasApi;
import dk.kk.boligsocial.client.plans.api.HousingOrganisationsApi;
import dk.kk.boligsocial.client.plans.api.RoundsApi;
import dk.kk.boligsocial.client.plans.model.ActivityValue;
import dk.kk.boligsocial.client.plans.model.Approval;
import dk.kk.boligsocial.client.plans.model.BudgetLineValue;
import dk.kk.boligsocial.client.plans.model.BudgetSource;
import dk.kk.boligsocial.client.plans.model.Grant;
import dk.kk.boligsocial.client.plans.model.HousingAreaRequest;
import dk.kk.boligsocial.client.plans.model.HousingAreaResponse;
import dk.kk.boligsocial.client.plans.model.HousingAreaResponsePage;
import dk.kk.boligsocial.client.plans.model.HousingOrganisationRequest;
import dk.kk.boligsocial.client.plans.model.HousingOrganisationResponse;
import dk.kk.boligsocial.client.plans.model.HousingOrganisationResponsePage;
import dk.kk.boligsocial.client.plans.model.MoneyValue;
import dk.kk.boligsocial.client.plans.model.Note;
import dk.kk.boligsocial.client.plans.model.Outcome;
import dk.kk.boligsocial.client.plans.model.PlanRequest;
import dk.kk.boligsocial.client.plans.model.PlanResponse;
import dk.kk.boligsocial.client.plans.model.PlanResponsePage;
import dk.kk.boligsocial.client.plans.model.Prequalification;
import dk.kk.boligsocial.client.plans.model.Submission;
import dk.kk.boligsocial.client.plans.model.Withdrawal;
import dk.kk.boligsocial.demo.DemoData.Area;
import dk.kk.boligsocial.demo.DemoData.Organisation;
import dk.kk.boligsocial.demo.DemoData.Plan;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * plans-service as the demo uses it: find-or-create organisations, areas and plans (so a second load finds the
 * first one's data), and one lifecycle decision at a time. Through the Java client generated from plans-service's
 * committed OpenAPI document (module clients/java), as a municipal system would call it.
 */
final class PlansApi {

    private static final int PAGE = 200;

    private final String name;
    private final String base;
    private final DemoTokens tokens;

    PlansApi(HttpJson http, DemoTokens tokens) {
        this.name = http.name();
        this.base = http.base().toString().replaceAll("/$", "");
        this.tokens = tokens;
    }

    /** A plan as last read: its id, status and ETag. */
    record PlanState(UUID id, DemoStatus status, String etag) {
    }

    void requireRound() {
        try {
            new RoundsApi(client(tokens.reader())).getRound(DemoData.ROUND);
        } catch (ApiException e) {
            if (e.getCode() == 404) {
                throw new DemoException("plans-service has no round " + DemoData.ROUND);
            }
            throw failure("GET /v1/rounds/" + DemoData.ROUND, e);
        }
    }

    /** The rounds as the municipality reads and opens them (Round2015). */
    RoundsApi roundsAsKommune() {
        return new RoundsApi(client(tokens.kommune()));
    }

    /** Organisation key → id; registers those whose CVR is not known yet. Answers how many were new. */
    int ensureOrganisations(Map<String, UUID> ids) {
        HousingOrganisationsApi api = new HousingOrganisationsApi(client(tokens.kommune()));
        Map<String, UUID> byCvr = new LinkedHashMap<>();
        String cursor = null;
        do {
            String after = cursor;
            HousingOrganisationResponsePage page = call("GET /v1/housing-organisations",
                    () -> api.listHousingOrganisations(after, PAGE));
            page.getItems().forEach(org -> byCvr.put(org.getCvr(), org.getId()));
            cursor = page.getNext();
        } while (cursor != null);
        int created = 0;
        for (Organisation org : DemoData.ORGANISATIONS) {
            UUID id = byCvr.get(org.cvr());
            if (id == null) {
                HousingOrganisationResponse registered = call("POST /v1/housing-organisations",
                        () -> api.createHousingOrganisation(new HousingOrganisationRequest().name(org.name()).cvr(org.cvr())));
                id = registered.getId();
                created++;
            }
            ids.put(org.key(), id);
        }
        return created;
    }

    /** Area key → id; registers the areas not yet known by name and organisation. Answers how many were new. */
    int ensureAreas(Map<String, UUID> organisationIds, Map<String, UUID> ids) {
        HousingAreasApi api = new HousingAreasApi(client(tokens.kommune()));
        Map<String, UUID> existing = new LinkedHashMap<>();
        String cursor = null;
        do {
            String after = cursor;
            HousingAreaResponsePage page = call("GET /v1/housing-areas", () -> api.listHousingAreas(after, null, PAGE));
            page.getItems().forEach(area -> existing.put(area.getHousingOrganisationId() + "|" + area.getName(), area.getId()));
            cursor = page.getNext();
        } while (cursor != null);
        int created = 0;
        for (Area area : DemoData.AREAS) {
            UUID organisationId = organisationIds.get(area.organisation());
            UUID id = existing.get(organisationId + "|" + area.name());
            if (id == null) {
                HousingAreaResponse registered = call("POST /v1/housing-areas", () -> api.createHousingArea(
                        new HousingAreaRequest().name(area.name()).housingOrganisationId(organisationId)
                                .district(area.district()).dwellings(area.dwellings()).residents(area.residents())));
                id = registered.getId();
                created++;
            }
            ids.put(area.key(), id);
        }
        return created;
    }

    /** The demo plan with this title in its organisation, if an earlier load created it. */
    Optional<PlanState> find(Plan plan, UUID organisationId) {
        dk.kk.boligsocial.client.plans.api.PlansApi api = plans(tokens.kommune());
        String cursor = null;
        do {
            String after = cursor;
            PlanResponsePage page = call("GET /v1/plans",
                    () -> api.listPlans(after, organisationId, PAGE, DemoData.ROUND, null, null));
            for (PlanResponse found : page.getItems()) {
                if (plan.title().equals(found.getTitle())) {
                    return Optional.of(read(found.getId()));
                }
            }
            cursor = page.getNext();
        } while (cursor != null);
        return Optional.empty();
    }

    PlanState create(Plan plan, UUID organisationId, List<UUID> areaIds) {
        PlanRequest request = request(plan, plan.applied(), organisationId, areaIds);
        return state(call("POST /v1/plans", () -> plans(tokens.kommune()).createPlanWithHttpInfo(request)));
    }

    /**
     * Revises a prequalified plan to the budget it ends with (the dialogue with LBF before political approval), once:
     * a plan whose content has a later version than its first, or that is past PREQUALIFIED, is left alone. Answers
     * the plan as it is afterwards.
     */
    PlanState reviseInDialogue(Plan plan, PlanState current) {
        PlanResponse read = call("GET /v1/plans/" + current.id(), () -> plans(tokens.kommune()).getPlan(current.id()));
        if (current.status() != DemoStatus.PREQUALIFIED || read.getContentVersion() > 1) {
            return current;
        }
        PlanRequest request = request(plan, plan.budget(), read.getHousingOrganisationId(), read.getHousingAreaIds());
        return state(call("PUT /v1/plans/" + current.id(), () -> plans(tokens.kommune())
                .revisePlanWithHttpInfo(current.id(), current.etag(), request)));
    }

    private static PlanRequest request(Plan plan, List<DemoData.BudgetLine> budget, UUID organisationId,
            List<UUID> areaIds) {
        return new PlanRequest()
                .title(plan.title())
                .roundId(DemoData.ROUND)
                .housingOrganisationId(organisationId)
                .housingAreaIds(areaIds)
                .themes(plan.themes())
                .targetGroups(plan.targetGroups())
                .periodStart(DemoData.PERIOD_START)
                .periodEnd(DemoData.PERIOD_END)
                .budget(budget.stream().map(l -> new BudgetLineValue().source(BudgetSource.fromValue(l.source()))
                        .year(l.year()).amount(money(l.amount()))).toList())
                .activities(plan.activities().stream().map(a -> new ActivityValue().theme(a.theme()).title(a.title())
                        .description(a.description())).toList());
    }

    PlanState read(UUID id) {
        try {
            return state(plans(tokens.kommune()).getPlanWithHttpInfo(id));
        } catch (ApiException e) {
            if (e.getCode() == 404) {
                throw new DemoException("plans-service: plan " + id + " disappeared");
            }
            throw failure("GET /v1/plans/" + id, e);
        }
    }

    /** Takes the one decision that moves the plan from its status to {@code next}. */
    PlanState decide(Plan plan, PlanState current, DemoStatus next) {
        UUID id = current.id();
        String etag = current.etag();
        dk.kk.boligsocial.client.plans.api.PlansApi kommune = plans(tokens.kommune());
        dk.kk.boligsocial.client.plans.api.PlansApi lbf = plans(tokens.lbf());
        String what = "POST /v1/plans/" + id + " → " + next;
        LocalDate on = DemoData.decidedOn(next);
        return state(switch (next) {
            case SUBMITTED -> call(what, () -> kommune.submitPlanWithHttpInfo(id, etag, new Submission().decidedOn(on).recommendation(
                    "Kommunen anbefaler helhedsplanen; området er på listen over udsatte boligområder.")));
            case PREQUALIFIED -> call(what, () -> lbf.prequalifyPlanWithHttpInfo(id, etag, new Prequalification().decidedOn(on)
                    .outcome(Outcome.PREQUALIFIED).reference("LBF 2011-" + shortId(current))
                    .reason("Opfylder kriterierne for prækvalifikation.")));
            case REJECTED -> call(what, () -> lbf.prequalifyPlanWithHttpInfo(id, etag, new Prequalification().decidedOn(on)
                    .outcome(Outcome.REJECTED).reference("LBF 2011-" + shortId(current))
                    .reason("Området opfylder ikke kriterierne for prækvalifikation i denne runde.")));
            case APPROVED -> call(what, () -> kommune.approvePlanWithHttpInfo(id, etag, new Approval().decidedOn(on)
                    .committee("Teknik- og Miljøudvalget").meetingDate(on).reference("2011-22288")));
            case GRANTED -> call(what, () -> lbf.grantPlanWithHttpInfo(id, etag, new Grant().decidedOn(on)
                    .reference("LBF-tilsagn 2011-" + shortId(current)).grantedAmount(money(plan.lbf()))));
            case ACTIVE -> call(what, () -> kommune.activatePlanWithHttpInfo(id, etag,
                    new Note().decidedOn(on).reference("Sekretariatet er bemandet")));
            case COMPLETED -> call(what, () -> kommune.completePlanWithHttpInfo(id, etag,
                    new Note().decidedOn(on).reference("Slutrapport modtaget")));
            case WITHDRAWN -> call(what, () -> kommune.withdrawPlanWithHttpInfo(id, etag, new Withdrawal().decidedOn(on).reason(
                    "Boligorganisationen samler indsatsen i Helhedsplan Engparken og trækker ansøgningen tilbage.")));
            case DRAFT -> throw new IllegalArgumentException("no decision leads back to DRAFT");
        });
    }

    /**
     * The co-financing gate as the committee meets it: once plans-service has heard that funding-service refused the
     * plan's municipal co-financing, approving it answers 409 naming the refusal. Answers that problem's detail.
     */
    String approvalStoppedByGate(PlanState current) {
        dk.kk.boligsocial.client.plans.api.PlansApi kommune = plans(tokens.kommune());
        HttpJson.await("plans-service to hear that the co-financing of plan " + current.id() + " is refused",
                FundingApi.EVENT_TIMEOUT, () -> {
                    PlanResponse plan = call("GET /v1/plans/" + current.id(), () -> kommune.getPlan(current.id()));
                    return plan.getCoFinancing() != null && plan.getCoFinancing().getState() != null
                            && "REFUSED".equals(plan.getCoFinancing().getState().getValue()) ? plan : null;
                });
        PlanState now = read(current.id());
        try {
            kommune.approvePlan(now.id(), now.etag(), new Approval().decidedOn(DemoData.decidedOn(DemoStatus.APPROVED))
                    .committee("Teknik- og Miljøudvalget").meetingDate(DemoData.decidedOn(DemoStatus.APPROVED))
                    .reference("2011-22288"));
        } catch (ApiException e) {
            if (e.getCode() == 409) {
                return HttpJson.detail(e.getResponseBody());
            }
            throw failure("POST /v1/plans/" + now.id() + "/approval", e);
        }
        throw new DemoException("plans-service approved plan " + now.id() + " although its co-financing is refused");
    }

    static MoneyValue money(BigDecimal amount) {
        return new MoneyValue().amount(amount).currency(MoneyValue.CurrencyEnum.DKK);
    }

    private dk.kk.boligsocial.client.plans.api.PlansApi plans(String token) {
        return new dk.kk.boligsocial.client.plans.api.PlansApi(client(token));
    }

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        // HTTP/1.1: a JDK client that upgrades to h2c was seen once to wait forever for a response body
        client.setHttpClientBuilder(java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1));
        client.updateBaseUri(base);
        client.setConnectTimeout(Duration.ofSeconds(5));
        client.setReadTimeout(Duration.ofSeconds(30));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private interface Call<T> {
        T run() throws ApiException;
    }

    /** An unexpected answer stops the load with the service's problem detail. */
    private <T> T call(String what, Call<T> call) {
        try {
            return call.run();
        } catch (ApiException e) {
            throw failure(what, e);
        }
    }

    private DemoException failure(String what, ApiException e) {
        if (e.getCode() == 0) {
            return new DemoException(name + ": " + what + " failed: " + e.getMessage(), e);
        }
        return new DemoException(name + ": " + what + " answered " + e.getCode() + ": " + e.getResponseBody());
    }

    private static PlanState state(ApiResponse<PlanResponse> reply) {
        PlanResponse plan = reply.getData();
        List<String> etag = reply.getHeaders().getOrDefault("etag", new ArrayList<>());
        return new PlanState(plan.getId(), DemoStatus.valueOf(plan.getStatus().getValue()), etag.isEmpty() ? null : etag.get(0));
    }

    private static String shortId(PlanState plan) {
        return plan.id().toString().substring(0, 4);
    }
}

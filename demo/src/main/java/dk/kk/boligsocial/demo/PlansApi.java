package dk.kk.boligsocial.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.boligsocial.demo.DemoData.Area;
import dk.kk.boligsocial.demo.DemoData.Organisation;
import dk.kk.boligsocial.demo.DemoData.Plan;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * plans-service as the demo uses it: find-or-create organisations, areas and plans (so a second load finds the
 * first one's data), and one lifecycle decision at a time.
 */
final class PlansApi {

    private final HttpJson http;
    private final DemoTokens tokens;

    PlansApi(HttpJson http, DemoTokens tokens) {
        this.http = http;
        this.tokens = tokens;
    }

    /** A plan as last read: its id, status and ETag. */
    record PlanState(UUID id, DemoStatus status, String etag) {
    }

    void requireRound() {
        HttpJson.Reply round = http.get("/v1/rounds/" + DemoData.ROUND, tokens.reader());
        if (!round.found()) {
            throw new DemoException("plans-service has no round " + DemoData.ROUND);
        }
    }

    /** Organisation key → id; registers those whose CVR is not known yet. Answers how many were new. */
    int ensureOrganisations(Map<String, UUID> ids) {
        Map<String, UUID> byCvr = new LinkedHashMap<>();
        for (JsonNode org : all("/v1/housing-organisations?limit=200", tokens.kommune())) {
            byCvr.put(org.get("cvr").asText(), UUID.fromString(org.get("id").asText()));
        }
        int created = 0;
        for (Organisation org : DemoData.ORGANISATIONS) {
            UUID id = byCvr.get(org.cvr());
            if (id == null) {
                JsonNode body = http.post("/v1/housing-organisations", tokens.kommune(),
                        Map.of("name", org.name(), "cvr", org.cvr()), null).body();
                id = UUID.fromString(body.get("id").asText());
                created++;
            }
            ids.put(org.key(), id);
        }
        return created;
    }

    /** Area key → id; registers the areas not yet known by name and organisation. Answers how many were new. */
    int ensureAreas(Map<String, UUID> organisationIds, Map<String, UUID> ids) {
        Map<String, UUID> existing = new LinkedHashMap<>();
        for (JsonNode area : all("/v1/housing-areas?limit=200", tokens.kommune())) {
            existing.put(area.get("housingOrganisationId").asText() + "|" + area.get("name").asText(),
                    UUID.fromString(area.get("id").asText()));
        }
        int created = 0;
        for (Area area : DemoData.AREAS) {
            UUID organisationId = organisationIds.get(area.organisation());
            UUID id = existing.get(organisationId + "|" + area.name());
            if (id == null) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("name", area.name());
                body.put("housingOrganisationId", organisationId);
                body.put("district", area.district());
                body.put("dwellings", area.dwellings());
                body.put("residents", area.residents());
                id = UUID.fromString(http.post("/v1/housing-areas", tokens.kommune(), body, null).body().get("id").asText());
                created++;
            }
            ids.put(area.key(), id);
        }
        return created;
    }

    /** The demo plan with this title in its organisation, if an earlier load created it. */
    Optional<PlanState> find(Plan plan, UUID organisationId) {
        String query = "/v1/plans?limit=200&roundId=" + encode(DemoData.ROUND) + "&housingOrganisationId=" + organisationId;
        for (JsonNode found : all(query, tokens.kommune())) {
            if (plan.title().equals(found.get("title").asText())) {
                return Optional.of(read(UUID.fromString(found.get("id").asText())));
            }
        }
        return Optional.empty();
    }

    PlanState create(Plan plan, UUID organisationId, List<UUID> areaIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", plan.title());
        body.put("roundId", DemoData.ROUND);
        body.put("housingOrganisationId", organisationId);
        body.put("housingAreaIds", areaIds);
        body.put("themes", plan.themes());
        body.put("targetGroups", plan.targetGroups());
        body.put("periodStart", DemoData.PERIOD_START.toString());
        body.put("periodEnd", DemoData.PERIOD_END.toString());
        body.put("budget", plan.budget().stream().map(l -> Map.of("source", l.source(), "year", l.year(),
                "amount", money(l.amount()))).toList());
        body.put("activities", plan.activities().stream().map(a -> Map.of("theme", a.theme(), "title", a.title(),
                "description", a.description())).toList());
        return state(http.post("/v1/plans", tokens.kommune(), body, null));
    }

    PlanState read(UUID id) {
        HttpJson.Reply reply = http.get("/v1/plans/" + id, tokens.kommune());
        if (!reply.found()) {
            throw new DemoException("plans-service: plan " + id + " disappeared");
        }
        return state(reply);
    }

    /** Takes the one decision that moves the plan from its status to {@code next}. */
    PlanState decide(Plan plan, PlanState current, DemoStatus next) {
        String path = "/v1/plans/" + current.id() + "/";
        HttpJson.Reply reply = switch (next) {
            case SUBMITTED -> http.post(path + "submission", tokens.kommune(), Map.of("recommendation",
                    "Kommunen anbefaler helhedsplanen; området er på listen over udsatte boligområder."), current.etag());
            case PREQUALIFIED -> http.post(path + "prequalification", tokens.lbf(), Map.of("outcome", "PREQUALIFIED",
                    "reference", "LBF 2011-" + shortId(current), "reason", "Opfylder kriterierne for prækvalifikation."),
                    current.etag());
            case REJECTED -> http.post(path + "prequalification", tokens.lbf(), Map.of("outcome", "REJECTED",
                    "reference", "LBF 2011-" + shortId(current), "reason",
                    "Området opfylder ikke kriterierne for prækvalifikation i denne runde."), current.etag());
            case APPROVED -> http.post(path + "approval", tokens.kommune(), Map.of("committee", "Teknik- og Miljøudvalget",
                    "meetingDate", "2011-10-24", "reference", "2011-22288"), current.etag());
            case GRANTED -> http.post(path + "grant", tokens.lbf(), Map.of("reference", "LBF-tilsagn 2011-" + shortId(current),
                    "grantedAmount", money(plan.lbf())), current.etag());
            case ACTIVE -> http.post(path + "activation", tokens.kommune(), Map.of("reference", "Sekretariatet er bemandet"),
                    current.etag());
            case COMPLETED -> http.post(path + "completion", tokens.kommune(), Map.of("reference", "Slutrapport modtaget"),
                    current.etag());
            case WITHDRAWN -> http.post(path + "withdrawal", tokens.kommune(), Map.of("reason",
                    "Boligorganisationen samler indsatsen i Helhedsplan Engparken og trækker ansøgningen tilbage."),
                    current.etag());
            case DRAFT -> throw new IllegalArgumentException("no decision leads back to DRAFT");
        };
        return state(reply);
    }

    static Map<String, Object> money(java.math.BigDecimal amount) {
        return Map.of("amount", amount, "currency", "DKK");
    }

    private List<JsonNode> all(String firstPage, String token) {
        List<JsonNode> items = new ArrayList<>();
        String page = firstPage;
        while (page != null) {
            JsonNode body = http.get(page, token).body();
            body.path("items").forEach(items::add);
            JsonNode next = body.path("next");
            page = next.isTextual() ? firstPage + "&cursor=" + encode(next.asText()) : null;
        }
        return items;
    }

    private static PlanState state(HttpJson.Reply reply) {
        JsonNode plan = reply.body();
        return new PlanState(UUID.fromString(plan.get("id").asText()), DemoStatus.valueOf(plan.get("status").asText()),
                reply.etag());
    }

    private static String shortId(PlanState plan) {
        return plan.id().toString().substring(0, 4);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

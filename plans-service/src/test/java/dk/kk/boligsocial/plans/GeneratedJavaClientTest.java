package dk.kk.boligsocial.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.client.plans.ApiClient;
import dk.kk.boligsocial.client.plans.ApiException;
import dk.kk.boligsocial.client.plans.ApiResponse;
import dk.kk.boligsocial.client.plans.api.HousingAreasApi;
import dk.kk.boligsocial.client.plans.api.HousingOrganisationsApi;
import dk.kk.boligsocial.client.plans.api.PlansApi;
import dk.kk.boligsocial.client.plans.model.ActivityValue;
import dk.kk.boligsocial.client.plans.model.BudgetLineValue;
import dk.kk.boligsocial.client.plans.model.BudgetSource;
import dk.kk.boligsocial.client.plans.model.HousingAreaRequest;
import dk.kk.boligsocial.client.plans.model.HousingAreaResponse;
import dk.kk.boligsocial.client.plans.model.HousingOrganisationRequest;
import dk.kk.boligsocial.client.plans.model.HousingOrganisationResponse;
import dk.kk.boligsocial.client.plans.model.MoneyValue;
import dk.kk.boligsocial.client.plans.model.PlanRequest;
import dk.kk.boligsocial.client.plans.model.PlanResponse;
import dk.kk.boligsocial.client.plans.model.PlanResponsePage;
import dk.kk.boligsocial.client.plans.model.PlanStatus;
import dk.kk.boligsocial.client.plans.model.Submission;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A municipal system's use of plans-service through the Java client generated from the committed OpenAPI document
 * (module clients/java, openapi-generator): register an organisation and an area, create a plan, list it, submit it
 * with the ETag, and read a problem. If the document stops describing what the service does, this fails.
 */
@QuarkusTest
class GeneratedJavaClientTest {

    @TestHTTPResource("/")
    URI base;

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", Tokens.bearer(token)));
        return client;
    }

    @Test
    void aMunicipalSystemCreatesListsAndSubmitsAPlanThroughTheGeneratedClient() throws ApiException {
        ApiClient kommune = client(Tokens.kommune());
        HousingOrganisationResponse organisation = new HousingOrganisationsApi(kommune).createHousingOrganisation(
                new HousingOrganisationRequest().name("Generated Client Boligselskab").cvr(Api.newCvr()));
        HousingAreaResponse area = new HousingAreasApi(kommune).createHousingArea(new HousingAreaRequest()
                .name("Klientparken").housingOrganisationId(organisation.getId()).district("Nørrebro")
                .dwellings(300).residents(800));

        PlansApi plans = new PlansApi(kommune);
        PlanRequest request = new PlanRequest()
                .title("Helhedsplan fra den genererede klient")
                .roundId("2011-14")
                .housingOrganisationId(organisation.getId())
                .housingAreaIds(List.of(area.getId()))
                .themes(List.of("BOERN_UNGE_FAMILIER"))
                .targetGroups(List.of("Børn og unge 6-17 år"))
                .periodStart(LocalDate.of(2012, 1, 1))
                .periodEnd(LocalDate.of(2015, 12, 31))
                .budget(List.of(
                        line(BudgetSource.LBF, "2500000.00"),
                        line(BudgetSource.MUNICIPALITY, "500000.00"),
                        line(BudgetSource.HOUSING_ORGANISATION, "500000.00")))
                .activities(List.of(new ActivityValue().theme("BOERN_UNGE_FAMILIER").title("Lektiecafé")
                        .description("To eftermiddage om ugen.")));
        ApiResponse<PlanResponse> created = plans.createPlanWithHttpInfo(request);
        assertEquals(201, created.getStatusCode());
        PlanResponse plan = created.getData();
        assertEquals(PlanStatus.DRAFT, plan.getStatus());
        assertEquals(0, new BigDecimal("3500000.00").compareTo(plan.getTotalBudget().getAmount()));
        assertEquals(MoneyValue.CurrencyEnum.DKK, plan.getTotalBudget().getCurrency());
        assertNull(plan.getGrantedAmount());
        assertTrue(created.getHeaders().get("location").get(0).endsWith("/v1/plans/" + plan.getId()));
        String etag = created.getHeaders().get("etag").get(0);

        PlanResponsePage page = plans.listPlans(null, organisation.getId(), 200, "2011-14", PlanStatus.DRAFT, null);
        assertEquals(List.of(plan.getId()), page.getItems().stream().map(PlanResponse::getId).toList());
        assertNull(page.getNext());

        PlanResponse submitted = plans.submitPlan(plan.getId(), etag,
                new Submission().recommendation("Kommunen anbefaler helhedsplanen."));
        assertEquals(PlanStatus.SUBMITTED, submitted.getStatus());

        ApiException stale = assertThrows(ApiException.class, () -> plans.submitPlan(plan.getId(), etag,
                new Submission().recommendation("Igen.")));
        assertEquals(412, stale.getCode());
        ApiException missing = assertThrows(ApiException.class, () -> plans.getPlan(UUID.randomUUID()));
        assertEquals(404, missing.getCode());
        assertTrue(missing.getResponseBody().contains("https://boligsocial.kk.dk/problems/not-found"), missing.getResponseBody());
    }

    private static BudgetLineValue line(BudgetSource source, String amount) {
        return new BudgetLineValue().source(source).year(2012)
                .amount(new MoneyValue().amount(new BigDecimal(amount)).currency(MoneyValue.CurrencyEnum.DKK));
    }
}

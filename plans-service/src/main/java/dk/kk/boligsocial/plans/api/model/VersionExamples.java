package dk.kk.boligsocial.plans.api.model;

/** Examples of the plan-version operations for the OpenAPI document (the demo's fictitious ids). */
public final class VersionExamples {

    private VersionExamples() {
    }

    public static final String VERSION = """
            {"planId": "3b9e1d2c-7a4f-4e8b-9c1d-2f3a4b5c6d7e", "number": 2, "current": true,
             "status": "PREQUALIFIED", "recordedAt": "2011-09-12T10:00:00Z", "actor": "kommune-sagsbehandler-3",
             "title": "Helhedsplan for Demo-parken 2012-2015",
             "housingAreaIds": ["5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d"],
             "themes": ["BOERN_UNGE_FAMILIER"], "targetGroups": ["Børn og unge 6-17 år"],
             "periodStart": "2012-01-01", "periodEnd": "2015-12-31",
             "budget": [{"source": "MUNICIPALITY", "year": 2012, "amount": {"amount": 400000.00, "currency": "DKK"}},
                        {"source": "HOUSING_ORGANISATION", "year": 2012, "amount": {"amount": 400000.00, "currency": "DKK"}}],
             "totalBudget": {"amount": 800000.00, "currency": "DKK"},
             "activities": [{"theme": "BOERN_UNGE_FAMILIER", "title": "Lektiecafé", "description": "To gange om ugen."}]}""";

    public static final String VERSION_PAGE = "{\"items\": [" + VERSION + "], \"next\": null}";

    public static final String CHANGES = """
            {"planId": "3b9e1d2c-7a4f-4e8b-9c1d-2f3a4b5c6d7e", "from": 1, "to": 2, "changes": [
              {"field": "title", "before": "Helhedsplan for Demo-parken", "after": "Helhedsplan for Demo-parken 2012-2015"},
              {"field": "budget.MUNICIPALITY.2012", "before": {"amount": 500000.00, "currency": "DKK"},
               "after": {"amount": 400000.00, "currency": "DKK"}},
              {"field": "totalBudget.MUNICIPALITY", "before": {"amount": 500000.00, "currency": "DKK"},
               "after": {"amount": 400000.00, "currency": "DKK"}},
              {"field": "totalBudget", "before": {"amount": 900000.00, "currency": "DKK"},
               "after": {"amount": 800000.00, "currency": "DKK"}}
            ]}""";
}

package dk.kk.boligsocial.plans.api.model;

/** Example bodies for the OpenAPI document, in the terms of the 2011-14 round. */
public final class ApiExamples {

    private ApiExamples() {
    }

    public static final String PLAN_REQUEST = """
            {
              "title": "Helhedsplan for Demo-parken 2012-2015",
              "roundId": "2011-14",
              "housingOrganisationId": "6f1c2a4e-8a7b-4c55-9d2e-0b6f2d1e9a10",
              "housingAreaIds": ["0d4b8e52-3f6a-4f1e-a1c3-5b7d9e2f4a61"],
              "themes": ["BOERN_UNGE_FAMILIER", "BESKAEFTIGELSE_OG_UDDANNELSE"],
              "targetGroups": ["Børn og unge 6-17 år", "Ledige beboere 18-30 år"],
              "periodStart": "2012-01-01",
              "periodEnd": "2015-12-31",
              "budget": [
                {"source": "LBF", "year": 2012, "amount": {"amount": 2500000.00, "currency": "DKK"}},
                {"source": "MUNICIPALITY", "year": 2012, "amount": {"amount": 500000.00, "currency": "DKK"}},
                {"source": "HOUSING_ORGANISATION", "year": 2012, "amount": {"amount": 500000.00, "currency": "DKK"}}
              ],
              "activities": [
                {"theme": "BOERN_UNGE_FAMILIER", "title": "Fritidsjobformidling",
                 "description": "Unge hjælpes ud i fritidsjob hos lokale erhvervsdrivende."},
                {"theme": "BESKAEFTIGELSE_OG_UDDANNELSE", "title": "Jobcafé",
                 "description": "Opkvalificering og motivation af ledige beboere."}
              ]
            }""";

    public static final String PLAN_RESPONSE = """
            {
              "id": "3b9e1d2c-7a4f-4e8b-9c1d-2f3a4b5c6d7e",
              "title": "Helhedsplan for Demo-parken 2012-2015",
              "roundId": "2011-14",
              "housingOrganisationId": "6f1c2a4e-8a7b-4c55-9d2e-0b6f2d1e9a10",
              "status": "DRAFT",
              "housingAreaIds": ["0d4b8e52-3f6a-4f1e-a1c3-5b7d9e2f4a61"],
              "themes": ["BOERN_UNGE_FAMILIER", "BESKAEFTIGELSE_OG_UDDANNELSE"],
              "targetGroups": ["Børn og unge 6-17 år", "Ledige beboere 18-30 år"],
              "periodStart": "2012-01-01",
              "periodEnd": "2015-12-31",
              "budget": [
                {"source": "LBF", "year": 2012, "amount": {"amount": 2500000.00, "currency": "DKK"}},
                {"source": "MUNICIPALITY", "year": 2012, "amount": {"amount": 500000.00, "currency": "DKK"}},
                {"source": "HOUSING_ORGANISATION", "year": 2012, "amount": {"amount": 500000.00, "currency": "DKK"}}
              ],
              "totalBudget": {"amount": 3500000.00, "currency": "DKK"},
              "grantedAmount": null,
              "activities": [
                {"theme": "BOERN_UNGE_FAMILIER", "title": "Fritidsjobformidling",
                 "description": "Unge hjælpes ud i fritidsjob hos lokale erhvervsdrivende."}
              ],
              "allowedDecisions": ["submission", "withdrawal"],
              "version": 0,
              "createdAt": "2011-05-02T09:15:00Z",
              "updatedAt": "2011-05-02T09:15:00Z",
              "coFinancing": {"state": "PENDING", "reasons": [], "decidedAt": null},
              "contentVersion": 1
            }""";

    public static final String PLAN_PAGE = "{\"items\": [" + PLAN_RESPONSE + "], \"next\": \"MjAxMS0wNS0wMlQwOToxNTowMFp8M2I5ZQ\"}";
    /** The plans as a spreadsheet (`Accept: text/csv`); the byte-order mark before the header is not shown. */
    public static final String PLAN_TABLE = "id,title,roundId,housingOrganisationId,status,housingAreaIds,themes,periodStart,"
            + "periodEnd,requestedLbf,requestedMunicipality,requestedHousingOrganisation,requestedOther,requestedTotal,currency,"
            + "coFinancing,createdAt,updatedAt\r\n"
            + "3b9e6f5e-0f5a-4c4e-9a52-2f6a1c0d7e11,Helhedsplan Tingbjerg 2012-2015,2011-14,"
            + "0c6f3c1e-2b7d-4f51-8d0a-6b2f1e9c4a77,PREQUALIFIED,5d1a7c2e-8f3b-4e6a-9c0d-1b2a3c4d5e6f,"
            + "BOERN_UNGE_FAMILIER BESKAEFTIGELSE_OG_UDDANNELSE,2012-01-01,2015-12-31,8000000.00,2000000.00,2000000.00,0.00,"
            + "12000000.00,DKK,RESERVED,2011-05-02T09:15:00Z,2011-09-12T13:40:00Z\r\n";

    public static final String SUBMISSION = """
            {"recommendation": "Kommunen anbefaler helhedsplanen; området er på listen over særligt udsatte boligområder."}""";

    public static final String PREQUALIFICATION = """
            {"outcome": "PREQUALIFIED", "reference": "LBF 2011-0457", "reason": "Opfylder kriterierne for prækvalifikation."}""";

    public static final String REJECTION = """
            {"outcome": "REJECTED", "reference": "LBF 2011-0458", "reason": "Området opfylder ikke kriterierne."}""";

    public static final String APPROVAL = """
            {"committee": "Teknik- og Miljøudvalget", "meetingDate": "2011-10-24", "reference": "2011-22288",
             "decidedOn": "2011-10-24"}""";

    public static final String GRANT = """
            {"reference": "LBF-tilsagn 2011-0457", "grantedAmount": {"amount": 10000000.00, "currency": "DKK"},
             "decidedOn": "2011-12-01"}""";

    public static final String NOTE = """
            {"reference": "Sekretariatet er bemandet"}""";

    public static final String WITHDRAWAL = """
            {"reason": "Boligorganisationen trækker ansøgningen tilbage."}""";

    public static final String CONFLICT = """
            {
              "type": "https://boligsocial.kk.dk/problems/conflict",
              "title": "Conflict",
              "status": 409,
              "detail": "The plan is DRAFT; grant is not possible now.",
              "instance": "/v1/plans/3b9e1d2c-7a4f-4e8b-9c1d-2f3a4b5c6d7e/grant",
              "currentStatus": "DRAFT",
              "allowedDecisions": ["submission", "withdrawal"]
            }""";

    public static final String VALIDATION = """
            {
              "type": "https://boligsocial.kk.dk/problems/validation",
              "title": "Invalid input",
              "status": 400,
              "detail": "The request has 2 invalid fields.",
              "instance": "/v1/plans",
              "errors": [
                {"field": "themes[1]", "message": "is not a theme of round 2011-14"},
                {"field": "budget[0].amount.amount", "message": "must have at most 2 decimals"}
              ]
            }""";

    public static final String HISTORY = """
            {"items": [
              {"id": "0e6f1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b", "decision": "creation", "toStatus": "DRAFT",
               "actor": "kommune-sagsbehandler-3", "decidedAt": "2011-05-02T09:15:00Z", "planVersion": 0, "contentVersion": 1, "decidedOn": "2011-05-02"},
              {"id": "1f7a2b3c-4d5e-4f6a-9b0c-1d2e3f4a5b6c", "decision": "prequalification", "fromStatus": "SUBMITTED",
               "toStatus": "PREQUALIFIED", "actor": "lbf-sagsbehandler-17", "decidedAt": "2011-06-20T13:00:00Z",
               "reference": "LBF 2011-0457", "reason": "Opfylder kriterierne for prækvalifikation.", "planVersion": 2, "contentVersion": 1, "decidedOn": "2011-06-17"}
            ], "next": null}""";

    public static final String ROUND = """
            {"id": "2011-14", "name": "Boligsociale helhedsplaner 2011-14",
             "description": "Ny runde boligsociale helhedsplaner muliggjort af Boligaftalen 2010 ...",
             "maxPlanYears": 4, "currency": "DKK", "opensOn": "2011-01-01", "firstYear": 2011, "lastYear": 2014,
             "themes": [{"code": "BOERN_UNGE_FAMILIER", "nameDa": "Børn, unge og familier",
                         "nameEn": "Children, young people and families",
                         "description": "Mange børn og unge er uden tilknytning til foreningsliv og klubtilbud ...",
                         "position": 1}],
             "pool": {"name": "Medfinansieringspulje 2012–2014", "capacity": {"amount": 30000000.00, "currency": "DKK"},
                      "years": [{"year": 2012, "capacity": {"amount": 10000000.00, "currency": "DKK"}},
                                {"year": 2013, "capacity": {"amount": 10000000.00, "currency": "DKK"}},
                                {"year": 2014, "capacity": {"amount": 10000000.00, "currency": "DKK"}}]},
             "coFinancing": {"housingOrganisationMatchRatio": 1.0000, "minimumLocalShare": null},
             "reporting": {"dueMonth": 3, "dueDay": 1, "yearsAfter": 1}, "version": 0}""";

    public static final String ROUND_REQUEST = """
            {"id": "2015-18", "name": "Boligsociale indsatser 2015-18",
             "description": "Landsbyggefondens regulativ om boligsociale indsatser 2015-2018: fire indsatsområder.",
             "maxPlanYears": 4, "currency": "DKK", "opensOn": "2015-01-01", "firstYear": 2015, "lastYear": 2018,
             "themes": [{"code": "TRYGHED_OG_TRIVSEL", "position": 1, "nameDa": "Tryghed og trivsel",
                         "nameEn": "Safety and well-being", "description": "Tryghed og trivsel i boligområdet."},
                        {"code": "UDDANNELSE_OG_BESKAEFTIGELSE", "position": 2, "nameDa": "Uddannelse og beskæftigelse",
                         "nameEn": "Education and employment", "description": "Flere beboere i uddannelse og job."}],
             "pool": {"name": "Medfinansieringspulje 2015-2018",
                      "years": [{"year": 2015, "capacity": {"amount": 8000000.00, "currency": "DKK"}},
                                {"year": 2016, "capacity": {"amount": 8000000.00, "currency": "DKK"}}]},
             "coFinancing": {"housingOrganisationMatchRatio": 1.0, "minimumLocalShare": null},
             "reporting": {"dueMonth": 3, "dueDay": 1, "yearsAfter": 1}}""";

    public static final String ROUND_CONFLICT = """
            {"type": "https://boligsocial.kk.dk/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "Round 2011-14 cannot drop theme SUNDHED: plans of the round have picked it",
             "themes": ["SUNDHED"]}""";

    public static final String ORGANISATION_REQUEST = """
            {"name": "Demo Boligselskab af 1942", "cvr": "10000009"}""";

    public static final String ORGANISATION = """
            {"id": "6f1c2a4e-8a7b-4c55-9d2e-0b6f2d1e9a10", "name": "Demo Boligselskab af 1942", "cvr": "10000009",
             "version": 0, "createdAt": "2011-04-11T08:00:00Z"}""";

    public static final String AREA_REQUEST = """
            {"name": "Demo-parken", "housingOrganisationId": "6f1c2a4e-8a7b-4c55-9d2e-0b6f2d1e9a10",
             "district": "Nørrebro", "dwellings": 560, "residents": 1700}""";

    public static final String AREA = """
            {"id": "0d4b8e52-3f6a-4f1e-a1c3-5b7d9e2f4a61", "name": "Demo-parken",
             "housingOrganisationId": "6f1c2a4e-8a7b-4c55-9d2e-0b6f2d1e9a10", "district": "Nørrebro",
             "dwellings": 560, "residents": 1700, "version": 0, "createdAt": "2011-04-11T08:05:00Z"}""";
}

package dk.kk.boligsocial.funding.api.model;

/** Example bodies for the OpenAPI document, in the terms of the 2011-14 round. */
public final class ApiExamples {

    private ApiExamples() {
    }

    public static final String POOL_REQUEST = """
            {
              "roundId": "2015-18",
              "name": "Medfinansieringspulje 2016–2018",
              "capacity": {"amount": 24000000.00, "currency": "DKK"},
              "years": [
                {"year": 2016, "capacity": {"amount": 8000000.00, "currency": "DKK"}},
                {"year": 2017, "capacity": {"amount": 8000000.00, "currency": "DKK"}},
                {"year": 2018, "capacity": {"amount": 8000000.00, "currency": "DKK"}}
              ],
              "rules": {"housingOrganisationMatchRatio": 1.0, "minimumLocalShare": 0.25}
            }""";

    public static final String POOL_RESPONSE = """
            {
              "id": "2011a14b-0000-4000-8000-000000000001",
              "roundId": "2011-14",
              "name": "Medfinansieringspulje 2012–2014",
              "capacity": {"amount": 30000000.00, "currency": "DKK"},
              "reserved": {"amount": 4000000.00, "currency": "DKK"},
              "committed": {"amount": 16000000.00, "currency": "DKK"},
              "disbursed": {"amount": 2500000.00, "currency": "DKK"},
              "available": {"amount": 10000000.00, "currency": "DKK"},
              "utilisation": 0.6667,
              "years": [
                {"year": 2012, "capacity": {"amount": 10000000.00, "currency": "DKK"},
                 "reserved": {"amount": 2000000.00, "currency": "DKK"}, "committed": {"amount": 8000000.00, "currency": "DKK"},
                 "disbursed": {"amount": 2500000.00, "currency": "DKK"}, "available": {"amount": 0.00, "currency": "DKK"}}
              ],
              "rules": {"housingOrganisationMatchRatio": 1.0, "minimumLocalShare": null},
              "version": 0,
              "createdAt": "2011-04-04T00:00:00Z"
            }""";

    public static final String POOL_PAGE = "{\"items\": [" + POOL_RESPONSE + "], \"next\": null}";

    public static final String PLAN_FUNDING = """
            {
              "planId": "3f2b8c1e-5a4d-4e7f-9b6c-0d1e2f3a4b5c",
              "roundId": "2011-14",
              "housingOrganisationId": "8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d",
              "title": "Helhedsplan Tingbjerg 2012-2014",
              "state": "COMMITTED",
              "committedWithoutReservation": false,
              "budgetBasis": "GRANTED",
              "budget": [
                {"source": "LBF", "year": 2012, "amount": {"amount": 5000000.00, "currency": "DKK"}},
                {"source": "MUNICIPALITY", "year": 2012, "amount": {"amount": 1000000.00, "currency": "DKK"}},
                {"source": "HOUSING_ORGANISATION", "year": 2012, "amount": {"amount": 1000000.00, "currency": "DKK"}}
              ],
              "positions": [
                {"source": "MUNICIPALITY", "year": 2012, "reserved": {"amount": 0.00, "currency": "DKK"},
                 "committed": {"amount": 1000000.00, "currency": "DKK"}, "disbursed": {"amount": 250000.00, "currency": "DKK"},
                 "remaining": {"amount": 750000.00, "currency": "DKK"}}
              ],
              "totals": {"reserved": {"amount": 0.00, "currency": "DKK"}, "committed": {"amount": 7000000.00, "currency": "DKK"},
                         "disbursed": {"amount": 250000.00, "currency": "DKK"}, "remaining": {"amount": 6750000.00, "currency": "DKK"},
                         "released": {"amount": 0.00, "currency": "DKK"}},
              "ruleChecks": [
                {"rule": "HOUSING_ORGANISATION_MATCH", "description": "Housing organisation co-financing at least 1 × municipal co-financing",
                 "unit": "DKK", "expected": 1000000.00, "actual": 1000000.00, "outcome": "PASSED"}
              ],
              "refusalReasons": [],
              "history": [
                {"id": "5b1c9a7e-2d3f-4e5a-8b6c-7d8e9f0a1b2c", "kind": "RESERVATION", "source": "MUNICIPALITY", "year": 2012,
                 "amount": {"amount": 1000000.00, "currency": "DKK"}, "causeType": "EVENT",
                 "causeId": "ef2b8c1e-5a4d-4e7f-9b6c-0d1e2f3a0001", "reference": null,
                 "recordedBy": "funding-service", "recordedAt": "2011-06-15T12:00:01Z"},
                {"id": "6c2d0b8f-3e4a-4f6b-9c7d-8e9f0a1b2c3d", "kind": "DISBURSEMENT", "source": "MUNICIPALITY", "year": 2012,
                 "amount": {"amount": 250000.00, "currency": "DKK"}, "causeType": "REQUEST",
                 "causeId": "6c2d0b8f-3e4a-4f6b-9c7d-8e9f0a1b2c3d", "reference": "Udbetaling 1. kvartal 2012",
                 "recordedBy": "kommune-oekonomi", "recordedAt": "2012-03-01T09:00:00Z"}
              ],
              "schedule": [
                {"source": "MUNICIPALITY", "year": 2012, "planned": {"amount": 250000.00, "currency": "DKK"},
                 "approved": {"amount": 250000.00, "currency": "DKK"}, "paid": {"amount": 250000.00, "currency": "DKK"}}
              ],
              "version": 3,
              "updatedAt": "2011-12-01T12:00:01Z"
            }""";

    public static final String DISBURSEMENT_REQUEST = """
            {"source": "MUNICIPALITY", "year": 2012, "amount": {"amount": 250000.00, "currency": "DKK"},
             "reference": "Udbetaling 1. kvartal 2012"}""";

    public static final String PLANNED_DISBURSEMENT_REQUEST = """
            {"source": "MUNICIPALITY", "year": 2012, "amount": {"amount": 250000.00, "currency": "DKK"},
             "reference": "Udbetaling 2. kvartal 2012", "status": "PLANNED"}""";

    public static final String DISBURSEMENT_RESPONSE = """
            {"id": "6c2d0b8f-3e4a-4f6b-9c7d-8e9f0a1b2c3d", "planId": "3f2b8c1e-5a4d-4e7f-9b6c-0d1e2f3a4b5c",
             "source": "MUNICIPALITY", "year": 2012, "amount": {"amount": 250000.00, "currency": "DKK"},
             "reference": "Udbetaling 1. kvartal 2012", "remainingCommitment": {"amount": 750000.00, "currency": "DKK"},
             "disbursedBy": "kommune-oekonomi", "disbursedAt": "2012-03-01T09:00:00Z", "status": "PAID",
             "plannedBy": "kommune-oekonomi", "plannedAt": "2012-01-10T09:00:00Z", "approvedBy": "kommune-oekonomi",
             "approvedOn": "2012-02-20", "approvedAt": "2012-02-20T10:00:00Z", "valueDate": "2012-03-01",
             "correctionReason": null, "reversalEntryId": null, "correctedBy": null, "correctedAt": null}""";

    public static final String PLANNED_DISBURSEMENT_RESPONSE = """
            {"id": "7d3e1c9a-4f5b-4a7c-8d8e-9f0a1b2c3d4e", "planId": "3f2b8c1e-5a4d-4e7f-9b6c-0d1e2f3a4b5c",
             "source": "MUNICIPALITY", "year": 2012, "amount": {"amount": 250000.00, "currency": "DKK"},
             "reference": "Udbetaling 2. kvartal 2012", "remainingCommitment": {"amount": 750000.00, "currency": "DKK"},
             "disbursedBy": null, "disbursedAt": null, "status": "PLANNED", "plannedBy": "kommune-oekonomi",
             "plannedAt": "2012-01-10T09:00:00Z", "approvedBy": null, "approvedOn": null, "approvedAt": null,
             "valueDate": null, "correctionReason": null, "reversalEntryId": null, "correctedBy": null,
             "correctedAt": null}""";

    public static final String CORRECTED_DISBURSEMENT_RESPONSE = """
            {"id": "6c2d0b8f-3e4a-4f6b-9c7d-8e9f0a1b2c3d", "planId": "3f2b8c1e-5a4d-4e7f-9b6c-0d1e2f3a4b5c",
             "source": "MUNICIPALITY", "year": 2012, "amount": {"amount": 250000.00, "currency": "DKK"},
             "reference": "Udbetaling 1. kvartal 2012", "remainingCommitment": {"amount": 1000000.00, "currency": "DKK"},
             "disbursedBy": "kommune-oekonomi", "disbursedAt": "2012-03-01T09:00:00Z", "status": "CORRECTED",
             "plannedBy": "kommune-oekonomi", "plannedAt": "2012-01-10T09:00:00Z", "approvedBy": "kommune-oekonomi",
             "approvedOn": "2012-02-20", "approvedAt": "2012-02-20T10:00:00Z", "valueDate": "2012-03-01",
             "correctionReason": "Betalt til forkert konto", "reversalEntryId": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
             "correctedBy": "kommune-oekonomi", "correctedAt": "2012-03-05T09:00:00Z"}""";

    public static final String APPROVAL_REQUEST = """
            {"decidedOn": "2012-02-20"}""";

    public static final String PAYMENT_REQUEST = """
            {"valueDate": "2012-03-01"}""";

    public static final String CORRECTION_REQUEST = """
            {"reason": "Betalt til forkert konto"}""";

    public static final String WRONG_STATUS = """
            {"type": "https://boligsocial.kk.dk/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "Disbursement 7d3e1c9a-4f5b-4a7c-8d8e-9f0a1b2c3d4e is PLANNED; only a APPROVED disbursement can be paid.",
             "instance": "/v1/plans/3f2b8c1e-5a4d-4e7f-9b6c-0d1e2f3a4b5c/disbursements/7d3e1c9a-4f5b-4a7c-8d8e-9f0a1b2c3d4e/payment",
             "disbursementStatus": "PLANNED"}""";

    public static final String OVER_COMMITMENT = """
            {"type": "https://boligsocial.kk.dk/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "A disbursement of 900000.00 exceeds what remains of the MUNICIPALITY commitment for 2012 beside the disbursements already planned, approved or paid: 750000.00.",
             "instance": "/v1/plans/3f2b8c1e-5a4d-4e7f-9b6c-0d1e2f3a4b5c/disbursements",
             "committed": {"amount": 1000000.00, "currency": "DKK"}, "disbursed": {"amount": 250000.00, "currency": "DKK"},
             "remaining": {"amount": 750000.00, "currency": "DKK"}, "scheduled": {"amount": 250000.00, "currency": "DKK"},
             "available": {"amount": 750000.00, "currency": "DKK"}}""";

    public static final String KEY_REUSED = """
            {"type": "https://boligsocial.kk.dk/problems/unprocessable", "title": "Unprocessable request", "status": 422,
             "detail": "This Idempotency-Key was already used for a different request body on this endpoint; use a new key for a new request.",
             "instance": "/v1/plans/3f2b8c1e-5a4d-4e7f-9b6c-0d1e2f3a4b5c/disbursements",
             "idempotencyKey": "0b7e3c52-1f4d-4a8e-9c6b-2d5e8f1a3b7c"}""";

    public static final String VALIDATION = """
            {"type": "https://boligsocial.kk.dk/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "1 field is invalid", "instance": "/v1/pools",
             "errors": [{"field": "capacity.amount", "message": "must be greater than 0"}]}""";

    public static final String POOL_CONFLICT = """
            {"type": "https://boligsocial.kk.dk/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "Round 2011-14 already has a pool; a round has one pool.", "instance": "/v1/pools", "roundId": "2011-14"}""";

    public static final String REPORT = """
            {
              "roundId": "2011-14",
              "pool": """ + POOL_RESPONSE + """
            ,
              "bySourceAndYear": [
                {"source": "MUNICIPALITY", "year": 2012, "reserved": {"amount": 2000000.00, "currency": "DKK"},
                 "committed": {"amount": 8000000.00, "currency": "DKK"}, "disbursed": {"amount": 2500000.00, "currency": "DKK"},
                 "returned": {"amount": 0.00, "currency": "DKK"}}
              ],
              "bySource": [
                {"source": "MUNICIPALITY", "year": null, "reserved": {"amount": 4000000.00, "currency": "DKK"},
                 "committed": {"amount": 16000000.00, "currency": "DKK"}, "disbursed": {"amount": 2500000.00, "currency": "DKK"},
                 "returned": {"amount": 150000.00, "currency": "DKK"}}
              ],
              "byYear": [
                {"source": null, "year": 2012, "reserved": {"amount": 2000000.00, "currency": "DKK"},
                 "committed": {"amount": 8000000.00, "currency": "DKK"}, "disbursed": {"amount": 2500000.00, "currency": "DKK"},
                 "returned": {"amount": 0.00, "currency": "DKK"}}
              ],
              "leverage": {"plans": 9, "planVolume": {"amount": 193333333.00, "currency": "DKK"},
                           "municipalCoFinancing": {"amount": 20000000.00, "currency": "DKK"}, "ratio": 9.6667},
              "leverageAtGrant": {"plans": 10, "planVolume": {"amount": 212666666.00, "currency": "DKK"},
                                  "municipalCoFinancing": {"amount": 22000000.00, "currency": "DKK"}, "ratio": 9.6667},
              "plansByState": {"COMMITTED": 6, "RESERVED": 3, "REFUSED": 1},
              "schedule": [
                {"source": "MUNICIPALITY", "year": 2012, "planned": {"amount": 0.00, "currency": "DKK"},
                 "approved": {"amount": 500000.00, "currency": "DKK"}, "paid": {"amount": 2500000.00, "currency": "DKK"},
                 "dueButUnpaid": {"amount": 500000.00, "currency": "DKK"}}
              ],
              "dueButUnpaid": {"amount": 500000.00, "currency": "DKK"},
              "returnedToPool": {"amount": 150000.00, "currency": "DKK"},
              "generatedAt": "2013-01-02T08:00:00Z",
              "asOf": null
            }""";

    public static final String AMENDMENT_REQUEST = """
            {"reference": "TMU 2013-01-07, pkt. 4", "decidedOn": "2013-01-07",
             "municipal": [{"year": 2012, "amount": {"amount": 600000.00, "currency": "DKK"}},
                           {"year": 2013, "amount": {"amount": 1400000.00, "currency": "DKK"}}]}""";

    public static final String AMENDMENT_RESPONSE = """
            {"id": "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a", "planId": "3f2b8c1e-5a4d-4e7f-9b6c-0d1e2f3a4b5c",
             "reference": "TMU 2013-01-07, pkt. 4", "decidedOn": "2013-01-07",
             "previous": [{"source": "MUNICIPALITY", "year": 2012, "amount": {"amount": 1000000.00, "currency": "DKK"}},
                          {"source": "MUNICIPALITY", "year": 2013, "amount": {"amount": 1000000.00, "currency": "DKK"}}],
             "amended": [{"source": "MUNICIPALITY", "year": 2012, "amount": {"amount": 600000.00, "currency": "DKK"}},
                         {"source": "MUNICIPALITY", "year": 2013, "amount": {"amount": 1400000.00, "currency": "DKK"}}],
             "ruleChecks": [{"rule": "HOUSING_ORGANISATION_MATCH",
                             "description": "Housing organisation co-financing at least 1 × municipal co-financing",
                             "unit": "DKK", "expected": 2000000.00, "actual": 2000000.00, "outcome": "PASSED"}],
             "amendedBy": "kommune-sagsbehandler", "amendedAt": "2013-01-10T09:00:00Z"}""";

    public static final String AMENDMENT_REFUSED = """
            {"type": "https://boligsocial.kk.dk/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "The amendment is refused: 2 reasons; nothing was booked.",
             "instance": "/v1/plans/3f2b8c1e-5a4d-4e7f-9b6c-0d1e2f3a4b5c/amendments",
             "reasons": [{"code": "RULE_FAILED", "message": "Housing organisation co-financing at least 1 × municipal co-financing: expected 2400000.00, actual 2000000.00"},
                         {"code": "BELOW_SCHEDULE", "message": "2012: 200000.00 amended, but 300000.00 is already planned, approved or paid"}],
             "ruleChecks": [{"rule": "HOUSING_ORGANISATION_MATCH",
                             "description": "Housing organisation co-financing at least 1 × municipal co-financing",
                             "unit": "DKK", "expected": 2400000.00, "actual": 2000000.00, "outcome": "FAILED"}]}""";

    public static final String PLAN_ALLOCATION_PAGE = """
            {"items": [{"planId": "3f2b8c1e-5a4d-4e7f-9b6c-0d1e2f3a4b5c", "title": "Helhedsplan Tingbjerg 2012-2014",
                        "housingOrganisationId": "8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d", "state": "CLOSED",
                        "municipalReserved": {"amount": 0.00, "currency": "DKK"},
                        "municipalCommitted": {"amount": 2850000.00, "currency": "DKK"},
                        "committed": {"amount": 19850000.00, "currency": "DKK"},
                        "disbursed": {"amount": 19850000.00, "currency": "DKK"},
                        "remaining": {"amount": 0.00, "currency": "DKK"},
                        "returnedToPool": {"amount": 150000.00, "currency": "DKK"},
                        "planned": {"amount": 0.00, "currency": "DKK"}, "approved": {"amount": 0.00, "currency": "DKK"},
                        "dueButUnpaid": {"amount": 0.00, "currency": "DKK"}}],
             "next": null}""";

    public static final String POOL_PROOF = """
            {"poolId": "2011a14b-0000-4000-8000-000000000001", "roundId": "2011-14", "asOf": null, "entries": 42,
             "head": "9c1f3e7a2b4d6c8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c0d2e4f6a8b0c2d4e",
             "verified": true, "firstBreak": null, "withinCapacity": true,
             "total": {"year": null, "capacity": {"amount": 30000000.00, "currency": "DKK"},
                       "maxHeld": {"amount": 20000000.00, "currency": "DKK"}, "reachedAt": 31,
                       "heldNow": {"amount": 19850000.00, "currency": "DKK"}, "withinCapacity": true},
             "years": [{"year": 2012, "capacity": {"amount": 10000000.00, "currency": "DKK"},
                        "maxHeld": {"amount": 10000000.00, "currency": "DKK"}, "reachedAt": 24,
                        "heldNow": {"amount": 9950000.00, "currency": "DKK"}, "withinCapacity": true}]}""";

    public static final String LEDGER_PAGE = """
            {"items": [{"position": 1, "id": "5e0c2d1a-7b3f-4c9e-8a6d-1f2e3d4c5b6a", "roundId": "2011-14",
                        "planId": "3f2b8c1e-5a4d-4e7f-9b6c-0d1e2f3a4b5c",
                        "poolId": "2011a14b-0000-4000-8000-000000000001", "kind": "RESERVATION",
                        "source": "MUNICIPALITY", "year": 2012, "amount": {"amount": 1000000.00, "currency": "DKK"},
                        "causeType": "EVENT", "causeId": "ef2b8c1e-5a4d-4e7f-9b6c-0d1e2f3a0101", "reference": null,
                        "recordedBy": "funding-service", "recordedAt": "2011-09-01T10:00:01.123456Z",
                        "effectiveOn": "2011-09-01",
                        "previousHash": "0000000000000000000000000000000000000000000000000000000000000000",
                        "hash": "6b1d0c5e3a2f4e8d9c7b5a3f1e0d2c4b6a8f0e2d4c6b8a0f2e4d6c8b0a2f4e6d"}],
             "next": null}""";

    public static final String LEDGER_TABLE = """
            position,id,roundId,planId,poolId,kind,source,year,amount,causeType,causeId,reference,recordedBy,recordedAt,effectiveOn,previousHash,hash
            1,5e0c2d1a-7b3f-4c9e-8a6d-1f2e3d4c5b6a,2011-14,3f2b8c1e-5a4d-4e7f-9b6c-0d1e2f3a4b5c,2011a14b-0000-4000-8000-000000000001,RESERVATION,MUNICIPALITY,2012,1000000.00,EVENT,ef2b8c1e-5a4d-4e7f-9b6c-0d1e2f3a0101,,funding-service,2011-09-01T10:00:01.123456Z,2011-09-01,0000000000000000000000000000000000000000000000000000000000000000,6b1d0c5e3a2f4e8d9c7b5a3f1e0d2c4b6a8f0e2d4c6b8a0f2e4d6c8b0a2f4e6d
            """;

    public static final String SIMULATION_REQUEST = """
            {"changes": [
              {"type": "GRANT", "planId": "3f2b8c1e-5a4d-4e7f-9b6c-0d1e2f3a4b5c"},
              {"type": "MOVE_MUNICIPAL", "planId": "7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "fromYear": 2012,
               "toYear": 2014, "amount": {"amount": 500000.00, "currency": "DKK"}},
              {"type": "ADD_PLAN", "title": "Helhedsplan Bispeparken",
               "budget": [{"source": "LBF", "year": 2013, "amount": {"amount": 4000000.00, "currency": "DKK"}},
                          {"source": "MUNICIPALITY", "year": 2013, "amount": {"amount": 2000000.00, "currency": "DKK"}},
                          {"source": "HOUSING_ORGANISATION", "year": 2013, "amount": {"amount": 1500000.00, "currency": "DKK"}}]},
              {"type": "SET_RULES", "housingOrganisationMatchRatio": 0.75}
            ]}""";

    public static final String SIMULATION_RESULT = """
            {"poolId": "2011a14b-0000-4000-8000-000000000001", "roundId": "2011-14",
             "before": """ + POOL_RESPONSE + """
             , "after": """ + POOL_RESPONSE + """
             ,
             "leverageBefore": {"plans": 6, "planVolume": {"amount": 193000000.00, "currency": "DKK"},
                                "municipalCoFinancing": {"amount": 20000000.00, "currency": "DKK"}, "ratio": 9.6500},
             "leverageAfter": {"plans": 6, "planVolume": {"amount": 193000000.00, "currency": "DKK"},
                               "municipalCoFinancing": {"amount": 20000000.00, "currency": "DKK"}, "ratio": 9.6500},
             "changes": [
               {"index": 0, "type": "GRANT", "planId": "3f2b8c1e-5a4d-4e7f-9b6c-0d1e2f3a4b5c", "outcome": "ACCEPTED",
                "reasons": [], "ruleChecks": [{"rule": "HOUSING_ORGANISATION_MATCH",
                  "description": "Housing organisation co-financing at least 1 × municipal co-financing", "unit": "DKK",
                  "expected": 3000000.00, "actual": 3000000.00, "outcome": "PASSED"}], "remedies": []},
               {"index": 2, "type": "ADD_PLAN", "planId": "0b6c1f00-0000-4000-8000-000000000001", "outcome": "REFUSED",
                "reasons": [{"code": "RULE_FAILED", "message": "Housing organisation co-financing at least 1 × municipal co-financing: expected 2000000.00, actual 1500000.00"}],
                "ruleChecks": [{"rule": "HOUSING_ORGANISATION_MATCH",
                  "description": "Housing organisation co-financing at least 1 × municipal co-financing", "unit": "DKK",
                  "expected": 2000000.00, "actual": 1500000.00, "outcome": "FAILED"}],
                "remedies": [{"code": "RAISE_HOUSING_ORGANISATION", "message": "The housing organisation co-finances 500000.00 more: at least 2000000.00 in all (municipal 2000000.00 × 1), e.g. per year 2013: 2000000.00", "year": null, "amount": {"amount": 500000.00, "currency": "DKK"}},
                             {"code": "LOWER_MUNICIPALITY", "message": "Or the municipality co-finances 500000.00 less: at most 1500000.00 in all (housing organisation 1500000.00 ÷ 1)", "year": null, "amount": {"amount": 500000.00, "currency": "DKK"}}]}
             ]}""";

    public static final String REPORT_TABLE = """
            roundId,asOf,source,year,reserved,committed,disbursed,returned,planned,approved,paid,dueButUnpaid,poolCapacity,poolAvailable
            2011-14,,LBF,2012,0.00,23000000.00,1000000.00,0.00,0.00,0.00,1000000.00,0.00,,
            2011-14,,MUNICIPALITY,2012,2000000.00,8000000.00,2500000.00,0.00,0.00,0.00,2500000.00,0.00,10000000.00,0.00
            """;

    public static final String PLAN_ALLOCATION_TABLE = """
            roundId,planId,title,housingOrganisationId,state,municipalReserved,municipalCommitted,committed,disbursed,remaining,returnedToPool,planned,approved,dueButUnpaid
            2011-14,3f2b8c1e-5a4d-4e7f-9b6c-0d1e2f3a4b5c,Helhedsplan Tingbjerg 2012-2014,8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d,CLOSED,0.00,2850000.00,19850000.00,19850000.00,0.00,150000.00,0.00,0.00,0.00
            """;
}

package dk.kk.boligsocial.evaluation.api.model;

/** Example bodies for the OpenAPI document, in the terms of the 2011-14 round. */
public final class ApiExamples {

    private ApiExamples() {
    }

    public static final String INDICATOR_REQUEST = """
            {"code": "YOUTH_IN_HOMEWORK_CAFES", "roundId": "2011-14", "theme": "BOERN_UNGE_FAMILIER",
             "nameDa": "Unge i lektiecaféer", "nameEn": "Young people in homework cafés", "unit": "COUNT",
             "direction": "HIGHER_IS_BETTER", "description": "Antal unge, der jævnligt kommer i områdets lektiecaféer."}""";

    public static final String INDICATOR = """
            {"id": "a0000000-0000-4000-8000-000000000101", "code": "YOUTH_IN_CLUBS", "roundId": "2011-14",
             "theme": "BOERN_UNGE_FAMILIER", "nameDa": "Børn og unge i foreningsliv eller klubtilbud",
             "nameEn": "Children and young people in associations or clubs", "unit": "PERCENT",
             "direction": "HIGHER_IS_BETTER",
             "description": "Andel af områdets 6-17-årige med tilknytning til foreningsliv eller klubtilbud.",
             "scoreMin": null, "scoreMax": null, "kind": "VALUE", "reporting": "PERIODIC",
             "dimensions": ["AGE_GROUP", "GENDER", "HOUSING_AREA"], "version": 0, "createdAt": "2011-04-04T12:00:01Z"}""";

    public static final String INDICATOR_PAGE = "{\"items\": [" + INDICATOR + "], \"next\": null}";

    public static final String PLAN_INDICATOR = """
            {"indicatorId": "a0000000-0000-4000-8000-000000000202", "code": "VANDALISM_COSTS",
             "theme": "SOCIALT_LIV_OG_EVNEN_TIL_AT_BO", "nameDa": "Udgifter til hærværk", "nameEn": "Vandalism costs",
             "unit": "DKK", "direction": "LOWER_IS_BETTER", "kind": "VALUE", "reporting": "PERIODIC",
             "dimensions": ["HOUSING_AREA"], "scoreMin": null, "scoreMax": null,
             "baseline": {"value": 500000.00, "date": "2011-12-31", "source": "Afdelingens regnskab 2011"},
             "targets": [{"year": 2013, "value": 300000.00, "breakdown": []}],
             "actuals": [{"year": 2013, "actual": 450000.00, "measurementId": "5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
                          "target": 300000.00, "progress": 0.2500, "track": "OFF_TRACK", "numerator": null,
                          "denominator": null, "narrative": null, "breakdown": [
                            {"dimension": "HOUSING_AREA", "value": "5d1a7c2e-8f3b-4e6a-9c0d-1b2a3c4d5e6f", "actual": 450000.00,
                             "numerator": null, "denominator": null, "target": null, "track": "NO_DATA"}]}],
             "current": {"year": 2013, "actual": 450000.00, "measurementId": "5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
                         "target": 300000.00, "progress": 0.2500, "track": "OFF_TRACK", "numerator": null,
                         "denominator": null, "narrative": null, "breakdown": [
                           {"dimension": "HOUSING_AREA", "value": "5d1a7c2e-8f3b-4e6a-9c0d-1b2a3c4d5e6f", "actual": 450000.00,
                            "numerator": null, "denominator": null, "target": null, "track": "NO_DATA"}]},
             "reporter": "evaluator-cbu", "version": 2}""";

    public static final String FRAMEWORK = """
            {"planId": "3b9e1d2c-7a4f-4e8b-9c1d-2f3a4b5c6d7e", "title": "Helhedsplan for Demo-parken 2012-2015",
             "roundId": "2011-14", "housingOrganisationId": "6f1c2a4e-8a7b-4c55-9d2e-0b6f2d1e9a10",
             "themes": ["SOCIALT_LIV_OG_EVNEN_TIL_AT_BO"], "housingAreaIds": ["5d1a7c2e-8f3b-4e6a-9c0d-1b2a3c4d5e6f"],
             "periodStart": "2012-01-01", "periodEnd": "2015-12-31",
             "status": "ACTIVE", "completedAt": null,
             "periods": [{"year": 2012, "startsOn": "2012-01-01", "endsOn": "2012-12-31", "dueOn": "2013-03-01",
                          "dueOnSetBy": null, "locked": true,
                          "lockHistory": [{"action": "LOCKED", "actor": "kommune-sagsbehandler-3", "at": "2013-02-01T09:00:00Z"}]}],
             "indicators": [""" + PLAN_INDICATOR + """
            ], "droppedIndicators": [{"indicatorId": "a0000000-0000-4000-8000-000000000211", "code": "REPORTED_CRIME",
               "reason": "Politiet opgør ikke tal for området.", "droppedBy": "evaluator-cbu",
               "droppedAt": "2012-02-01T10:00:00Z"}],
             "createdAt": "2011-12-01T12:00:02Z"}""";

    public static final String BASELINE = """
            {"value": 500000.00, "date": "2011-12-31", "source": "Afdelingens regnskab 2011"}""";

    public static final String TARGET = """
            {"value": 300000.00}""";

    public static final String MEASUREMENT_REQUEST = """
            {"year": 2013, "value": 450000.00, "note": "Afdelingens regnskab 2013", "draft": false}""";

    /** A count broken down by age group and by gender: each dimension's parts add up to the value. */
    public static final String MEASUREMENT_BREAKDOWN = """
            {"year": 2013, "value": 30, "breakdown": [
              {"dimension": "AGE_GROUP", "value": "13-17", "amount": 18}, {"dimension": "AGE_GROUP", "value": "18-24", "amount": 12},
              {"dimension": "GENDER", "value": "FEMALE", "amount": 14}, {"dimension": "GENDER", "value": "MALE", "amount": 16}]}""";

    /** A RATIO indicator's value: 45 of 120, so 37.50 %. */
    public static final String MEASUREMENT_RATIO = """
            {"year": 2013, "numerator": 45, "denominator": 120, "note": "Klubtællingen oktober 2013"}""";

    /** A QUALITATIVE indicator's period: a narrative, no number. */
    public static final String MEASUREMENT_NARRATIVE = """
            {"year": 2013, "narrative": "Beboerrådet mødes nu månedligt, og nye beboere deltager i festudvalget.", "draft": true}""";

    public static final String PARTS_DO_NOT_ADD_UP = """
            {"type": "https://boligsocial.kk.dk/problems/unprocessable", "title": "Unprocessable request", "status": 422,
             "detail": "The breakdown does not add up to the total: the amounts by GENDER add up to 28.00, not 30.",
             "instance": "/v1/plans/3b9e1d2c-7a4f-4e8b-9c1d-2f3a4b5c6d7e/indicators/a0000000-0000-4000-8000-000000000102/measurements",
             "errors": [{"field": "breakdown", "message": "the amounts by GENDER add up to 28.00, not 30"}],
             "rule": "parts-sum-to-total"}""";

    public static final String MEASUREMENT_UPDATE = """
            {"value": 470000.00, "note": "Rettet: alle afdelinger talt med"}""";

    public static final String COMMENT_REQUEST = """
            {"text": "Er afdeling 3 talt med i 2013?"}""";

    public static final String COMMENT = """
            {"id": "7d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a", "measurementId": "5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
             "author": "kommune-sagsbehandler-3", "authorOrganisationId": null,
             "text": "Er afdeling 3 talt med i 2013?", "createdAt": "2014-01-22T09:30:00Z"}""";

    public static final String COMMENT_PAGE = "{\"items\": [" + COMMENT + "], \"next\": null}";

    public static final String REPORTER = """
            {"reporter": "evaluator-cbu"}""";

    public static final String FOUR_EYES = """
            {"type": "https://boligsocial.kk.dk/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "Four eyes: kommune-sagsbehandler-3 created or reported this measurement and may not approve it; another person of the municipality must.",
             "instance": "/v1/plans/3b9e1d2c-7a4f-4e8b-9c1d-2f3a4b5c6d7e/indicators/a0000000-0000-4000-8000-000000000202/measurements/5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f/review",
             "rule": "four-eyes", "reportedBy": "kommune-sagsbehandler-3", "createdBy": "kommune-sagsbehandler-3"}""";

    public static final String NOT_THE_REPORTER = """
            {"type": "https://boligsocial.kk.dk/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "Only the assigned reporter evaluator-cbu or the municipality may report this indicator of the plan.",
             "instance": "/v1/plans/3b9e1d2c-7a4f-4e8b-9c1d-2f3a4b5c6d7e/indicators/a0000000-0000-4000-8000-000000000202/measurements",
             "rule": "assigned-reporter", "reporter": "evaluator-cbu"}""";

    public static final String MEASUREMENT = """
            {"id": "5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "planId": "3b9e1d2c-7a4f-4e8b-9c1d-2f3a4b5c6d7e",
             "indicatorId": "a0000000-0000-4000-8000-000000000202", "year": 2013, "value": 450000.00,
             "note": "Afdelingens regnskab 2013", "numerator": null, "denominator": null, "narrative": null,
             "breakdown": [{"dimension": "HOUSING_AREA", "value": "5d1a7c2e-8f3b-4e6a-9c0d-1b2a3c4d5e6f",
                            "amount": 450000.00, "numerator": null, "denominator": null}],
             "status": "APPROVED", "createdBy": "evaluator-cbu",
             "createdAt": "2014-01-20T10:00:00Z", "reportedBy": "evaluator-cbu",
             "reportedByOrganisation": null, "reportedAt": "2014-01-20T10:00:00Z",
             "reviewedBy": "kommune-sagsbehandler-3", "reviewedAt": "2014-01-27T14:00:00Z", "reviewComment": null,
             "version": 1}""";

    public static final String MEASUREMENT_PAGE = "{\"items\": [" + MEASUREMENT + "], \"next\": null}";

    public static final String APPROVAL = """
            {"outcome": "APPROVED", "comment": null}""";

    public static final String RETURN = """
            {"outcome": "RETURNED", "comment": "Tallet dækker kun halvdelen af afdelingerne."}""";

    public static final String PERIOD = """
            {"year": 2012, "startsOn": "2012-01-01", "endsOn": "2012-12-31", "dueOn": "2013-03-01",
                          "dueOnSetBy": null, "locked": true,
             "lockHistory": [{"action": "LOCKED", "actor": "kommune-sagsbehandler-3", "at": "2013-02-01T09:00:00Z"}]}""";

    public static final String EVALUATION_REQUEST = """
            {"kind": "MIDTERM", "assessments": [
              {"theme": "BOERN_UNGE_FAMILIER", "rating": 4, "findings": "Flere unge i klubber og fritidsjob."},
              {"theme": "BESKAEFTIGELSE_OG_UDDANNELSE", "rating": 2, "findings": "Jobcaféen når få ledige."}]}""";

    public static final String SUBMISSION = """
            {"assessments": [
              {"theme": "BOERN_UNGE_FAMILIER", "rating": 4, "findings": "Målene for klubtilknytning er nået."},
              {"theme": "BESKAEFTIGELSE_OG_UDDANNELSE", "rating": 3, "findings": "Færre på passiv forsørgelse."}]}""";

    public static final String EVALUATION = """
            {"id": "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e", "planId": "3b9e1d2c-7a4f-4e8b-9c1d-2f3a4b5c6d7e",
             "kind": "FINAL", "status": "SUBMITTED",
             "assessments": [{"theme": "BOERN_UNGE_FAMILIER", "rating": 4, "findings": "Målene for klubtilknytning er nået."}],
             "author": "evaluator-cbu", "submittedAt": "2016-03-01T10:00:00Z", "version": 1,
             "createdAt": "2015-12-31T15:00:01Z"}""";

    public static final String EVALUATION_PAGE = "{\"items\": [" + EVALUATION + "], \"next\": null}";

    public static final String THEME_REPORT = """
            {"roundId": "2011-14", "themes": [
              {"theme": "BOERN_UNGE_FAMILIER", "nameDa": "Børn, unge og familier",
               "nameEn": "Children, young people and families", "plans": 9, "indicators": 27, "onTrack": 12,
               "offTrack": 8, "noData": 7, "averageProgress": 0.7350,
               "latestEvaluations": {"evaluations": 6, "averageRating": 3.67, "distribution": [
                 {"rating": 1, "count": 0}, {"rating": 2, "count": 1}, {"rating": 3, "count": 1},
                 {"rating": 4, "count": 3}, {"rating": 5, "count": 1}]}}],
             "indicators": [
              {"indicatorId": "a0000000-0000-4000-8000-000000000102", "code": "YOUTH_LEISURE_JOBS",
               "theme": "BOERN_UNGE_FAMILIER", "unit": "COUNT", "kind": "VALUE", "reporting": "PERIODIC", "year": 2013,
               "plans": 2, "rollUp": "SUM", "value": 42.00, "numerator": null, "denominator": null, "breakdown": [
                 {"dimension": "GENDER", "value": "FEMALE", "plans": 2, "amount": 20.00, "numerator": null, "denominator": null},
                 {"dimension": "GENDER", "value": "MALE", "plans": 2, "amount": 22.00, "numerator": null, "denominator": null}]}]}""";

    /** The theme report's indicators as a spreadsheet (`Accept: text/csv`); the byte-order mark is not shown. */
    public static final String THEME_REPORT_TABLE = "roundId,theme,indicatorCode,kind,unit,reporting,year,dimension,"
            + "dimensionValue,plans,rollUp,value,numerator,denominator\r\n"
            + "2011-14,BOERN_UNGE_FAMILIER,YOUTH_LEISURE_JOBS,VALUE,COUNT,PERIODIC,2013,,,2,SUM,42.00,,\r\n"
            + "2011-14,BOERN_UNGE_FAMILIER,YOUTH_LEISURE_JOBS,VALUE,COUNT,PERIODIC,2013,GENDER,FEMALE,2,SUM,20.00,,\r\n";

    /** A framework as a spreadsheet (`Accept: text/csv`); the byte-order mark is not shown. */
    public static final String FRAMEWORK_TABLE = "planId,indicatorCode,theme,kind,unit,reporting,year,dimension,"
            + "dimensionValue,baseline,target,actual,numerator,denominator,progress,track,narrative\r\n"
            + "3b9e1d2c-7a4f-4e8b-9c1d-2f3a4b5c6d7e,VANDALISM_COSTS,SOCIALT_LIV_OG_EVNEN_TIL_AT_BO,VALUE,DKK,PERIODIC,"
            + "2013,,,500000.00,300000.00,450000.00,,,0.2500,OFF_TRACK,\r\n"
            + "3b9e1d2c-7a4f-4e8b-9c1d-2f3a4b5c6d7e,VANDALISM_COSTS,SOCIALT_LIV_OG_EVNEN_TIL_AT_BO,VALUE,DKK,PERIODIC,"
            + "2013,HOUSING_AREA,5d1a7c2e-8f3b-4e6a-9c0d-1b2a3c4d5e6f,,,450000.00,,,,NO_DATA,\r\n";

    public static final String IATI_ACTIVITY = """
            <?xml version="1.0" encoding="UTF-8"?>
            <iati-activities version="2.03" generated-datetime="2014-03-01T09:00:00Z">
              <iati-activity xml:lang="da" default-currency="DKK">
                <iati-identifier>DK-CVR-64942212-3b9e1d2c-7a4f-4e8b-9c1d-2f3a4b5c6d7e</iati-identifier>
                <reporting-org ref="DK-CVR-64942212" type="10"><narrative>Københavns Kommune</narrative></reporting-org>
                <title><narrative>Helhedsplan Tingbjerg 2012-2015</narrative></title>
                <description type="1"><narrative>Boligsocial helhedsplan, pulje 2011-14. Temaer: BOERN_UNGE_FAMILIER.</narrative></description>
                <participating-org role="1" type="15"><narrative>Landsbyggefonden</narrative></participating-org>
                <participating-org ref="DK-CVR-64942212" role="1" type="10"><narrative>Københavns Kommune</narrative></participating-org>
                <participating-org role="4"><narrative>Boligorganisation 7c9e6679-7425-40de-944b-e07fc1f90ae7 (id i Boligsocial)</narrative></participating-org>
                <activity-status code="2"/>
                <activity-date type="1" iso-date="2012-01-01"/>
                <activity-date type="3" iso-date="2015-12-31"/>
                <recipient-country code="DK" percentage="100"/>
                <sector vocabulary="1" code="16010" percentage="100"/>
                <budget type="1" status="2"><period-start iso-date="2012-01-01"/><period-end iso-date="2012-12-31"/><value currency="DKK" value-date="2012-01-01">3000000.00</value></budget>
                <transaction><transaction-type code="2"/><transaction-date iso-date="2011-12-15"/><value currency="DKK" value-date="2011-12-15">3000000.00</value><description><narrative>Tilsagn 2012 (LBF)</narrative></description><provider-org><narrative>Landsbyggefonden</narrative></provider-org><receiver-org><narrative>Boligorganisation 7c9e6679-7425-40de-944b-e07fc1f90ae7 (id i Boligsocial)</narrative></receiver-org></transaction>
                <transaction><transaction-type code="3"/><transaction-date iso-date="2012-03-01"/><value currency="DKK" value-date="2012-03-01">1000000.00</value><description><narrative>Udbetaling 2012 (LBF)</narrative></description><provider-org><narrative>Landsbyggefonden</narrative></provider-org><receiver-org><narrative>Boligorganisation 7c9e6679-7425-40de-944b-e07fc1f90ae7 (id i Boligsocial)</narrative></receiver-org></transaction>
                <result type="2">
                  <title><narrative>BOERN_UNGE_FAMILIER</narrative></title>
                  <indicator measure="1" ascending="1">
                    <title><narrative>Unge i fritidsjob</narrative><narrative xml:lang="en">Young people in leisure jobs</narrative></title>
                    <description><narrative>Indikator YOUTH_LEISURE_JOBS, enhed COUNT.</narrative></description>
                    <baseline year="2011" iso-date="2011-12-31" value="10.00"/>
                    <period><period-start iso-date="2013-01-01"/><period-end iso-date="2013-12-31"/><target value="25.00"/><actual value="30.00"/></period>
                  </indicator>
                </result>
              </iati-activity>
            </iati-activities>
            """;

    public static final String VALIDATION = """
            {"type": "https://boligsocial.kk.dk/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "1 field is invalid", "instance": "/v1/plans/3b9e1d2c-7a4f-4e8b-9c1d-2f3a4b5c6d7e/indicators/a0000000-0000-4000-8000-000000000101/measurements",
             "errors": [{"field": "value", "message": "is a percentage and must be between 0 and 100"}]}""";

    public static final String LOCKED = """
            {"type": "https://boligsocial.kk.dk/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "The reporting period 2012 is locked; the municipality must unlock it first.",
             "instance": "/v1/plans/3b9e1d2c-7a4f-4e8b-9c1d-2f3a4b5c6d7e/indicators/a0000000-0000-4000-8000-000000000101/measurements",
             "year": 2012, "locked": true}""";

    public static final String DUE_DATE = """
            {"dueOn": "2013-04-15"}""";

    public static final String WORK = """
            {"today": "2014-03-05",
             "needsReporting": {"items": [], "more": false},
             "awaitingApproval": {"items": [
               {"planId": "3b9e1d2c-7a4f-4e8b-9c1d-2f3a4b5c6d7e", "planTitle": "Helhedsplan for Demo-parken 2012-2015",
                "housingOrganisationId": "6f1c2a4e-8a7b-4c55-9d2e-0b6f2d1e9a10",
                "indicatorId": "a0000000-0000-4000-8000-000000000202", "code": "VANDALISM_COSTS", "year": 2013,
                "dueOn": "2014-03-01", "reporter": "evaluator-cbu", "measurementId": "5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
                "status": "REPORTED", "reportedBy": "evaluator-cbu"}], "more": false},
             "overdue": {"items": [
               {"planId": "3b9e1d2c-7a4f-4e8b-9c1d-2f3a4b5c6d7e", "planTitle": "Helhedsplan for Demo-parken 2012-2015",
                "housingOrganisationId": "6f1c2a4e-8a7b-4c55-9d2e-0b6f2d1e9a10",
                "indicatorId": "a0000000-0000-4000-8000-000000000101", "code": "YOUTH_IN_CLUBS", "year": 2013,
                "dueOn": "2014-03-01", "reporter": null, "measurementId": null, "status": null, "reportedBy": null}],
              "more": false}}""";

    public static final String PLAN_INDICATOR_REQUEST = """
            {"indicatorId": "a0000000-0000-4000-8000-000000000211", "own": null}""";

    public static final String OWN_INDICATOR_REQUEST = """
            {"indicatorId": null, "own": {"code": "RESIDENTS_IN_COURTYARD_GROUPS", "roundId": "2011-14",
             "theme": "SOCIALT_LIV_OG_EVNEN_TIL_AT_BO", "nameDa": "Beboere i gårdlaug",
             "nameEn": "Residents in courtyard groups", "unit": "COUNT", "direction": "HIGHER_IS_BETTER",
             "description": "Antal beboere, der deltager i gårdlaugenes arbejde."}}""";

    public static final String DROP = """
            {"reason": "Politiet opgør ikke tal for området."}""";

    public static final String PORTFOLIO = """
            {"roundId": "2011-14",
             "moneyRule": "A plan's money (committed: all sources, net of amendments and of what the close-out released; ...) is split equally between the plan's themes ...",
             "unitRule": "Kroner per unit = the theme's paid (or committed) share ÷ the indicator's improvement since its baseline ...",
             "themes": [{"theme": "BOERN_UNGE_FAMILIER", "plans": 2, "committed": {"amount": 4750000.00, "currency": "DKK"},
                         "paid": {"amount": 2000000.00, "currency": "DKK"}}],
             "indicators": [{"indicatorCode": "YOUTH_LEISURE_JOBS", "theme": "BOERN_UNGE_FAMILIER", "unit": "COUNT",
                             "plans": 2, "plansWithData": 1, "improvement": 20.00,
                             "paid": {"amount": 2000000.00, "currency": "DKK"},
                             "paidPerUnit": {"amount": 100000.00, "currency": "DKK"},
                             "note": "1 of 2 plans lack a baseline, an approved number or money paid and are left out."}],
             "plans": [{"planId": "3f0c2a9e-8b1d-4c55-9e61-2a7d9f4b8c10", "title": "Helhedsplan Havnegården 2012-2015",
                        "housingOrganisationId": "6b1e7c3a-2f4d-4e8b-9a0c-5d3e2f1a4b6c", "moneyKnown": true, "closed": false,
                        "committed": {"amount": 9500000.00, "currency": "DKK"}, "paid": {"amount": 4000000.00, "currency": "DKK"},
                        "themes": [{"theme": "BOERN_UNGE_FAMILIER", "committed": {"amount": 4750000.00, "currency": "DKK"},
                                    "paid": {"amount": 2000000.00, "currency": "DKK"},
                                    "indicators": [{"indicatorCode": "YOUTH_LEISURE_JOBS", "unit": "COUNT",
                                                    "direction": "HIGHER_IS_BETTER", "baseline": 10.00, "latestYear": 2013,
                                                    "latest": 30.00, "change": 20.00, "improvement": 20.00,
                                                    "paidPerUnit": {"amount": 100000.00, "currency": "DKK"},
                                                    "committedPerUnit": {"amount": 237500.00, "currency": "DKK"},
                                                    "missing": []}]}]}],
             "generatedAt": "2014-03-03T08:00:00Z"}""";

    public static final String REBUILD = """
            {"read": 412, "applied": 412, "refused": 0}""";
}

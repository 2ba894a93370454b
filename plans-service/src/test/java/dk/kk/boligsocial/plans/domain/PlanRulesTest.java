package dk.kk.boligsocial.plans.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kk.boligsocial.kit.api.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each rule of a plan's content: what it accepts, what it refuses and under which field, and its boundaries. */
class PlanRulesTest {

    private static final UUID ORGANISATION = UUID.randomUUID();
    private static final Round ROUND = new Round("2011-14", "Boligsociale helhedsplaner 2011-14", "", 4, "DKK",
            List.of(theme("BOERN_UNGE_FAMILIER", 1), theme("BESKAEFTIGELSE_OG_UDDANNELSE", 2), theme("SUNDHED", 3)));
    private static final HousingArea AREA = new HousingArea(ORGANISATION, "Testparken", "Nørrebro", 560, 1700,
            Instant.EPOCH);
    private static final HousingArea OTHER_AREA = new HousingArea(UUID.randomUUID(), "Fremmedparken", "Valby", 10, 20,
            Instant.EPOCH);
    private static final Map<UUID, HousingArea> AREAS = Map.of(AREA.id(), AREA, OTHER_AREA.id(), OTHER_AREA);

    @Test
    void aValidPlanBreaksNoRule() {
        assertEquals(List.of(), check(valid()));
    }

    @Test
    void everyProblemIsNamedInOneAnswer() {
        List<FieldError> errors = check(new PlanContent(" ", List.of(), List.of(), List.of(),
                valid().periodStart(), valid().periodEnd(), List.of(), valid().activities()));
        assertEquals(List.of("title", "housingAreaIds", "themes", "targetGroups", "budget", "activities[0].theme",
                "activities[1].theme"), fields(errors));
    }

    @Test
    void theTitleIsRequiredAndAtMost500Characters() {
        assertEquals(List.of("title"), fields(check(title(valid(), null))));
        assertEquals(List.of("title"), fields(check(title(valid(), "   "))));
        assertEquals(List.of(), fields(check(title(valid(), "x".repeat(500)))));
        assertEquals(List.of("title"), fields(check(title(valid(), "x".repeat(501)))));
    }

    @Test
    void housingAreasAreRequiredKnownOfThePlansOrganisationAndNamedOnce() {
        assertEquals(List.of("housingAreaIds"), fields(check(areas(valid(), null))));
        assertEquals(List.of("housingAreaIds"), fields(check(areas(valid(), List.of()))));
        assertEquals(List.of(error("housingAreaIds[1]", PlanRules.NOT_AN_AREA_OF_THE_ORGANISATION)),
                check(areas(valid(), List.of(AREA.id(), UUID.randomUUID()))));
        assertEquals(List.of(error("housingAreaIds[0]", PlanRules.NOT_AN_AREA_OF_THE_ORGANISATION)),
                check(areas(valid(), Arrays.asList((UUID) null))));
        assertEquals(List.of(error("housingAreaIds[0]", PlanRules.NOT_AN_AREA_OF_THE_ORGANISATION)),
                check(areas(valid(), List.of(OTHER_AREA.id()))));
        assertEquals(List.of(error("housingAreaIds[1]", "is named twice")),
                check(areas(valid(), List.of(AREA.id(), AREA.id()))));
    }

    @Test
    void themesAreRequiredOfThePlansRoundAndNamedOnce() {
        assertEquals(List.of("themes"), fields(check(themes(valid(), List.of()))));
        assertEquals(List.of("themes"), fields(check(themes(valid(), null))));
        assertEquals(List.of(error("themes[1]",
                        "is not a theme of round 2011-14 (BOERN_UNGE_FAMILIER, BESKAEFTIGELSE_OG_UDDANNELSE, SUNDHED)")),
                check(themes(valid(), List.of("BOERN_UNGE_FAMILIER", "KLIMA"))));
        assertEquals(List.of("themes[0]"), fields(check(themes(valid(), Arrays.asList((String) null)))));
        assertEquals(List.of(error("themes[1]", "is named twice")),
                check(themes(valid(), List.of("SUNDHED", "SUNDHED"))));
        assertEquals(List.of(), check(themes(valid(), List.of("BOERN_UNGE_FAMILIER",
                "BESKAEFTIGELSE_OG_UDDANNELSE", "SUNDHED"))));
    }

    @Test
    void targetGroupsAreRequiredAndEachIsText() {
        assertEquals(List.of("targetGroups"), fields(check(targetGroups(valid(), List.of()))));
        assertEquals(List.of("targetGroups"), fields(check(targetGroups(valid(), null))));
        assertEquals(List.of("targetGroups[1]"), fields(check(targetGroups(valid(), List.of("Unge", " ")))));
        assertEquals(List.of("targetGroups[0]"), fields(check(targetGroups(valid(), List.of("x".repeat(501))))));
    }

    @Test
    void thePeriodIsRequired() {
        assertEquals(List.of(error("periodStart", "is required")),
                check(period(valid(), null, LocalDate.of(2015, 12, 31))));
        assertEquals(List.of(error("periodEnd", "is required")),
                check(period(valid(), LocalDate.of(2012, 1, 1), null)));
        assertEquals(List.of("periodStart", "periodEnd"), fields(check(period(valid(), null, null))));
    }

    @Test
    void thePeriodEndsAfterItStarts() {
        assertEquals(List.of(error("periodEnd", "must be after periodStart")),
                check(period(valid(), LocalDate.of(2012, 1, 1), LocalDate.of(2011, 12, 31))));
        assertEquals(List.of(error("periodEnd", "must be after periodStart")),
                check(period(valid(), LocalDate.of(2012, 1, 1), LocalDate.of(2012, 1, 1))));
        assertEquals(List.of(), check(budget(period(valid(), LocalDate.of(2012, 1, 1),
                LocalDate.of(2012, 1, 2)), List.of(line(BudgetSource.LBF, 2012, "100.00")))));
    }

    @Test
    void thePeriodRunsAtMostTheRoundsMaximumYears() {
        assertEquals(List.of(), check(period(valid(), LocalDate.of(2012, 1, 1),
                LocalDate.of(2015, 12, 31))));
        assertEquals(List.of(error("periodEnd", "a plan of round 2011-14 runs at most 4 years")),
                check(period(valid(), LocalDate.of(2012, 1, 1), LocalDate.of(2016, 1, 1))));
    }

    @Test
    void thePeriodLiesBetween2000And2100() {
        String message = "the period must lie between 2000 and 2100";
        assertEquals(List.of(error("periodStart", message)), check(budget(period(valid(),
                LocalDate.of(1999, 12, 31), LocalDate.of(2001, 1, 1)), List.of(line(BudgetSource.LBF, 2000, "1.00")))));
        assertEquals(List.of(error("periodStart", message)), check(budget(period(valid(),
                LocalDate.of(2100, 1, 1), LocalDate.of(2101, 1, 1)), List.of(line(BudgetSource.LBF, 2100, "1.00")))));
        assertEquals(List.of(), check(budget(period(valid(), LocalDate.of(2000, 1, 1),
                LocalDate.of(2000, 12, 31)), List.of(line(BudgetSource.LBF, 2000, "1.00")))));
        assertEquals(List.of(), check(budget(period(valid(), LocalDate.of(2099, 1, 1),
                LocalDate.of(2100, 12, 31)), List.of(line(BudgetSource.LBF, 2100, "1.00")))));
    }

    @Test
    void theBudgetRequestsAtLeastOneAmountAndEachLineIsComplete() {
        assertEquals(List.of(error("budget", "must request at least one amount")),
                check(budget(valid(), List.of())));
        assertEquals(List.of("budget"), fields(check(budget(valid(), null))));
        assertEquals(List.of(error("budget[0]", "is required")),
                check(budget(valid(), Arrays.asList((BudgetLine.Unchecked) null))));
        assertEquals(List.of("budget[0].source", "budget[0].year", "budget[0].amount.amount"),
                fields(check(budget(valid(), List.of(new BudgetLine.Unchecked(null, null, null, "DKK"))))));
    }

    @Test
    void budgetYearsLieInsideThePlanPeriodBoundariesIncluded() {
        assertEquals(List.of(), check(budget(valid(), List.of(line(BudgetSource.LBF, 2012, "1.00"),
                line(BudgetSource.LBF, 2015, "1.00")))));
        assertEquals(List.of(error("budget[0].year", "must lie in the plan period 2012-2015")),
                check(budget(valid(), List.of(line(BudgetSource.LBF, 2011, "1.00")))));
        assertEquals(List.of(error("budget[1].year", "must lie in the plan period 2012-2015")),
                check(budget(valid(), List.of(line(BudgetSource.LBF, 2012, "1.00"),
                        line(BudgetSource.LBF, 2016, "1.00")))));
    }

    @Test
    void budgetYearsAreNotComparedWithAPeriodThatIsItselfWrong() {
        assertEquals(List.of("periodEnd"), fields(check(budget(period(valid(), LocalDate.of(2012, 1, 1),
                LocalDate.of(2020, 1, 1)), List.of(line(BudgetSource.LBF, 2019, "1.00"))))));
    }

    @Test
    void eachSourceAndYearIsRequestedOnce() {
        assertEquals(List.of(error("budget[2]", "repeats source LBF for year 2012")),
                check(budget(valid(), List.of(line(BudgetSource.LBF, 2012, "1.00"),
                        line(BudgetSource.MUNICIPALITY, 2012, "1.00"), line(BudgetSource.LBF, 2012, "2.00")))));
        assertEquals(List.of(), check(budget(valid(), List.of(line(BudgetSource.LBF, 2012, "1.00"),
                line(BudgetSource.LBF, 2013, "1.00"), line(BudgetSource.MUNICIPALITY, 2012, "1.00")))));
    }

    @Test
    void amountsArePositiveInWholeOereAndBelowTenToTheThirteenth() {
        assertEquals(List.of(error("budget[0].amount.amount", "must be greater than 0")), checkAmount("0"));
        assertEquals(List.of(error("budget[0].amount.amount", "must be greater than 0")), checkAmount("-5.00"));
        assertEquals(List.of(error("budget[0].amount.amount", "must have at most 2 decimals")),
                checkAmount("100.005"));
        assertEquals(List.of(), checkAmount("100.50"));
        assertEquals(List.of(), checkAmount("100.500"));
        assertEquals(List.of(), checkAmount("0.01"));
        assertEquals(List.of(), checkAmount("9999999999999.99"));
        assertEquals(List.of(error("budget[0].amount.amount", "must be less than 10^13")),
                checkAmount("10000000000000.00"));
    }

    @Test
    void amountsAreInTheRoundsCurrency() {
        BudgetLine.Unchecked euro = new BudgetLine.Unchecked(BudgetSource.LBF, 2012, new BigDecimal("1.00"), "EUR");
        BudgetLine.Unchecked none = new BudgetLine.Unchecked(BudgetSource.LBF, 2012, new BigDecimal("1.00"), null);
        assertEquals(List.of(error("budget[0].amount.currency", "must be DKK")), check(budget(valid(), List.of(euro))));
        assertEquals(List.of("budget[0].amount.currency"), fields(check(budget(valid(), List.of(none)))));
    }

    @Test
    void activitiesAreOptionalButEachIsUnderOneOfThePlansOwnThemesWithATitle() {
        assertEquals(List.of(), check(activities(valid(), null)));
        assertEquals(List.of(), check(activities(valid(), List.of())));
        assertEquals(List.of(error("activities[0]", "is required")),
                check(activities(valid(), Arrays.asList((PlannedActivity) null))));
        assertEquals(List.of(error("activities[0].theme", "must be one of the plan's themes")),
                check(activities(valid(), List.of(new PlannedActivity("SUNDHED", "Motion", "x")))));
        assertEquals(List.of("activities[0].theme"),
                fields(check(activities(valid(), List.of(new PlannedActivity(null, "Motion", "x"))))));
        assertEquals(List.of("activities[0].title"), fields(check(activities(valid(),
                List.of(new PlannedActivity("BOERN_UNGE_FAMILIER", "", "x"))))));
    }

    @Test
    void anActivityDescriptionIsOptionalAndAtMost4000Characters() {
        assertEquals(List.of(), check(activities(valid(),
                List.of(new PlannedActivity("BOERN_UNGE_FAMILIER", "Jobcafé", null)))));
        assertEquals(List.of(), check(activities(valid(),
                List.of(new PlannedActivity("BOERN_UNGE_FAMILIER", "Jobcafé", "x".repeat(4000))))));
        assertEquals(List.of(error("activities[0].description", "must be at most 4000 characters")),
                check(activities(valid(),
                        List.of(new PlannedActivity("BOERN_UNGE_FAMILIER", "Jobcafé", "x".repeat(4001))))));
    }

    private static List<FieldError> checkAmount(String amount) {
        return check(budget(valid(), List.of(line(BudgetSource.LBF, 2012, amount))));
    }

    private static List<FieldError> check(PlanContent content) {
        return PlanRules.check(content, ROUND, ORGANISATION, AREAS);
    }

    private static PlanContent valid() {
        List<BudgetLine.Unchecked> budget = new ArrayList<>();
        for (int year = 2012; year <= 2015; year++) {
            budget.add(line(BudgetSource.LBF, year, "2500000.00"));
            budget.add(line(BudgetSource.MUNICIPALITY, year, "500000.00"));
            budget.add(line(BudgetSource.HOUSING_ORGANISATION, year, "500000.00"));
        }
        return new PlanContent("Helhedsplan for Testparken 2012-2015", List.of(AREA.id()),
                List.of("BOERN_UNGE_FAMILIER", "BESKAEFTIGELSE_OG_UDDANNELSE"), List.of("Børn og unge 6-17 år"),
                LocalDate.of(2012, 1, 1), LocalDate.of(2015, 12, 31), budget,
                List.of(new PlannedActivity("BOERN_UNGE_FAMILIER", "Fritidsjobformidling", "Unge i fritidsjob."),
                        new PlannedActivity("BESKAEFTIGELSE_OG_UDDANNELSE", "Jobcafé", "Opkvalificering.")));
    }

    private static PlanContent title(PlanContent c, String title) {
        return new PlanContent(title, c.housingAreaIds(), c.themes(), c.targetGroups(), c.periodStart(), c.periodEnd(),
                c.budget(), c.activities());
    }

    private static PlanContent areas(PlanContent c, List<UUID> areas) {
        return new PlanContent(c.title(), areas, c.themes(), c.targetGroups(), c.periodStart(), c.periodEnd(), c.budget(),
                c.activities());
    }

    /** Changes the themes only; activities under a theme no longer in the list are dropped. */
    private static PlanContent themes(PlanContent c, List<String> themes) {
        List<PlannedActivity> kept = c.activities().stream()
                .filter(a -> themes != null && themes.contains(a.theme())).toList();
        return new PlanContent(c.title(), c.housingAreaIds(), themes, c.targetGroups(), c.periodStart(), c.periodEnd(),
                c.budget(), kept);
    }

    private static PlanContent targetGroups(PlanContent c, List<String> groups) {
        return new PlanContent(c.title(), c.housingAreaIds(), c.themes(), groups, c.periodStart(), c.periodEnd(),
                c.budget(), c.activities());
    }

    /** Changes the period; the budget becomes one line in 2012, for tests about the period alone. */
    private static PlanContent period(PlanContent c, LocalDate start, LocalDate end) {
        return new PlanContent(c.title(), c.housingAreaIds(), c.themes(), c.targetGroups(), start, end,
                List.of(line(BudgetSource.LBF, 2012, "1.00")), c.activities());
    }

    private static PlanContent budget(PlanContent c, List<BudgetLine.Unchecked> budget) {
        return new PlanContent(c.title(), c.housingAreaIds(), c.themes(), c.targetGroups(), c.periodStart(), c.periodEnd(),
                budget, c.activities());
    }

    private static PlanContent activities(PlanContent c, List<PlannedActivity> activities) {
        return new PlanContent(c.title(), c.housingAreaIds(), c.themes(), c.targetGroups(), c.periodStart(), c.periodEnd(),
                c.budget(), activities);
    }

    private static BudgetLine.Unchecked line(BudgetSource source, int year, String amount) {
        return new BudgetLine.Unchecked(source, year, new BigDecimal(amount), "DKK");
    }

    private static Theme theme(String code, int position) {
        return new Theme(code, position, code, code, "");
    }

    private static FieldError error(String field, String message) {
        return new FieldError(field, message);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }
}

package dk.kk.boligsocial.demo;

import dk.kk.boligsocial.client.plans.ApiException;
import dk.kk.boligsocial.client.plans.api.RoundsApi;
import dk.kk.boligsocial.client.plans.model.CoFinancing;
import dk.kk.boligsocial.client.plans.model.MoneyValue;
import dk.kk.boligsocial.client.plans.model.Pool;
import dk.kk.boligsocial.client.plans.model.PoolYear;
import dk.kk.boligsocial.client.plans.model.Reporting;
import dk.kk.boligsocial.client.plans.model.RoundRequest;
import dk.kk.boligsocial.client.plans.model.ThemeValue;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The round 2015-18 beside 2011-14, so that the demo shows two rounds side by side: Landsbyggefondens regulativ om
 * boligsociale indsatser 2015-2018 and its four indsatsområder as the round's themes. Opened through plans-service's
 * generated client as the municipality would open it; funding-service and evaluation-service take its pool, rule,
 * themes and reporting rule from round.opened.v1. Idempotent: a round that exists is left as it is.
 *
 * <p>The amounts are illustrative, not from a committee paper: a municipal co-financing pool of 8 mio. kr. a year
 * over 2015-2018 (32 mio. kr.), housing organisations matching 1:1 as in 2011-14, no minimum local share, figures due
 * 1 March of the following year.
 */
final class Round2015 {

    static final String ID = "2015-18";
    private static final String[][] THEMES = {
            {"TRYGHED_OG_TRIVSEL", "Tryghed og trivsel", "Safety and well-being",
                    "Tryghed og trivsel i boligområdet: beboerne skal føle sig trygge og tage del i fællesskabet."},
            {"KRIMINALPRAEVENTIVE_INDSATSER", "Kriminalpræventive indsatser", "Crime prevention",
                    "Indsatser der forebygger kriminalitet, især blandt børn og unge, i samarbejde med SSP og politi."},
            {"UDDANNELSE_OG_BESKAEFTIGELSE", "Uddannelse og beskæftigelse", "Education and employment",
                    "Flere beboere i uddannelse og job: lektiehjælp, brobygning og samarbejde med jobcentret."},
            {"FOREBYGGELSE_OG_FORAELDREANSVAR", "Forebyggelse og forældreansvar", "Prevention and parental responsibility",
                    "Tidlig forebyggelse i familierne og støtte til forældrene i deres ansvar for børnenes trivsel."}};
    /** Illustrative (see the class comment): 8 mio. kr. in each year of the round. */
    private static final BigDecimal YEARLY_POOL = new BigDecimal("8000000.00");

    private final RoundsApi rounds;
    private final PrintStream out;

    Round2015(RoundsApi rounds, PrintStream out) {
        this.rounds = rounds;
        this.out = out;
    }

    /** Opens the round unless plans-service has it already. */
    void ensure() {
        try {
            rounds.getRound(ID);
            out.println("round " + ID + ": present");
            return;
        } catch (ApiException e) {
            if (e.getCode() != 404) {
                throw new DemoException("GET /v1/rounds/" + ID + " answered " + e.getCode() + ": " + e.getResponseBody());
            }
        }
        try {
            rounds.createRound(request());
            out.println("round " + ID + ": opened (" + THEMES.length + " themes, pool 4 × 8 mio. kr.)");
        } catch (ApiException e) {
            throw new DemoException("POST /v1/rounds (" + ID + ") answered " + e.getCode() + ": " + e.getResponseBody());
        }
    }

    static RoundRequest request() {
        List<ThemeValue> themes = new ArrayList<>();
        for (int i = 0; i < THEMES.length; i++) {
            themes.add(new ThemeValue().code(THEMES[i][0]).position(i + 1).nameDa(THEMES[i][1]).nameEn(THEMES[i][2])
                    .description(THEMES[i][3]));
        }
        List<PoolYear> years = new ArrayList<>();
        for (int year = 2015; year <= 2018; year++) {
            years.add(new PoolYear().year(year)
                    .capacity(new MoneyValue().amount(YEARLY_POOL).currency(MoneyValue.CurrencyEnum.DKK)));
        }
        return new RoundRequest()
                .id(ID)
                .name("Boligsociale indsatser 2015-18")
                .description("Landsbyggefondens regulativ om boligsociale indsatser 2015-2018: boligsociale helhedsplaner"
                        + " inden for fire indsatsområder. Københavns Kommunes medfinansieringspulje (illustrative beløb).")
                .maxPlanYears(4)
                .currency(RoundRequest.CurrencyEnum.DKK)
                .opensOn(LocalDate.of(2015, 1, 1))
                .firstYear(2015)
                .lastYear(2018)
                .themes(themes)
                .pool(new Pool().name("Medfinansieringspulje 2015–2018").years(years))
                .coFinancing(new CoFinancing().housingOrganisationMatchRatio(new BigDecimal("1.0")))
                .reporting(new Reporting().dueMonth(3).dueDay(1).yearsAfter(1));
    }
}

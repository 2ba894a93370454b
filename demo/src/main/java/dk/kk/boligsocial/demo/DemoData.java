package dk.kk.boligsocial.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo story of round 2011-14, after the committee paper: a municipal pool of 30 mio. kr. (2012-2014,
 * 10 mio. kr. a year) makes plans worth 290 mio. kr. possible, with the housing organisations matching the
 * municipal co-financing 1:1. The six plans that reach the pool (prequalified or further) add up to exactly that;
 * five more show the other ends of the lifecycle (draft, submitted, rejected, withdrawn) and a prequalified plan
 * whose municipal co-financing the full pool refuses.
 *
 * <p>Every decision carries the day it was taken (the committee's meeting of 24 October 2011, LBF's grants in
 * December 2011, ...), so the history and the "as of" reports read as the round was lived. After the grant the money
 * moves as the municipality moves it: disbursements planned, approved and paid year by year, one wrong payment
 * corrected, one grant amended downwards, and the completed plan closed out with its unspent rest returned to the
 * pool. The round report still shows the seed's 290 mio. kr. of plans on 30 mio. kr. as granted, and beside them
 * what was paid and what came back.
 *
 * <p>Organisations, areas and plans are fictitious and marked "(demo)"; the CVR numbers pass the modulus-11 check
 * and start with 2011-14.
 */
final class DemoData {

    static final String ROUND = "2011-14";
    static final LocalDate PERIOD_START = LocalDate.of(2012, 1, 1);
    static final LocalDate PERIOD_END = LocalDate.of(2015, 12, 31);
    static final List<Integer> PLAN_YEARS = List.of(2012, 2013, 2014, 2015);
    static final List<Integer> POOL_YEARS = List.of(2012, 2013, 2014);
    static final BigDecimal MIO = new BigDecimal("1000000");

    static final String BOERN = "BOERN_UNGE_FAMILIER";
    static final String BOLIG = "SOCIALT_LIV_OG_EVNEN_TIL_AT_BO";
    static final String JOB = "BESKAEFTIGELSE_OG_UDDANNELSE";
    static final String SUNDHED = "SUNDHED";
    static final String INTEGRATION = "INTEGRATION";

    record Organisation(String key, String name, String cvr) {
    }

    record Area(String key, String organisation, String name, String district, int dwellings, int residents) {
    }

    record BudgetLine(String source, int year, BigDecimal amount) {
    }

    record Activity(String theme, String title, String description) {
    }

    /**
     * @param budget       the budget the plan ends with (the one LBF prequalified, or its revision)
     * @param applied      the budget the plan was applied with; differs from {@code budget} for the plan revised in
     *                     the dialogue with LBF between prequalification and political approval
     * @param poolRefuses  the plan reaches LBF's prequalification after the pool is full: funding-service refuses its
     *                     municipal co-financing, and the plan stays prequalified
     */
    record Plan(String title, String organisation, List<String> areas, List<String> themes, List<String> targetGroups,
                DemoStatus target, List<BudgetLine> budget, List<BudgetLine> applied, List<Activity> activities,
                boolean poolRefuses) {

        boolean revised() {
            return !budget.equals(applied);
        }

        /** Whether the pool carries the plan's municipal co-financing at the end of the load. */
        boolean reachesPool() {
            return target.reachesPool() && !poolRefuses;
        }

        BigDecimal total(String source) {
            return budget.stream().filter(l -> source == null || l.source().equals(source))
                    .map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal lbf() {
            return total("LBF");
        }
    }

    static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation("nordvest", "Boligselskabet Nordvest (demo)", "20111402"),
            new Organisation("sydhavn", "Boligforeningen Sydhavn (demo)", "20111410"),
            new Organisation("amager", "Almene Boliger Amager Øst (demo)", "20111429"),
            new Organisation("husum", "Andelsboligselskabet Husum (demo)", "20111437"));

    static final List<Area> AREAS = List.of(
            new Area("rødkløver", "nordvest", "Rødkløverparken (demo)", "Bispebjerg", 620, 1540),
            new Area("lærkehøj", "nordvest", "Lærkehøj (demo)", "Bispebjerg", 310, 720),
            new Area("havnegården", "sydhavn", "Havnegården (demo)", "Kongens Enghave", 840, 2130),
            new Area("slusen", "sydhavn", "Slusen (demo)", "Kongens Enghave", 270, 610),
            new Area("strandlund", "amager", "Strandlund (demo)", "Amager Øst", 560, 1390),
            new Area("kløvermarken", "amager", "Kløvermarken (demo)", "Amager Øst", 430, 980),
            new Area("engparken", "husum", "Engparken (demo)", "Brønshøj-Husum", 910, 2480),
            new Area("mosegården", "husum", "Mosegården (demo)", "Brønshøj-Husum", 380, 860),
            new Area("teglholmen", "sydhavn", "Teglholmen (demo)", "Kongens Enghave", 390, 940));

    static final List<Plan> PLANS = List.of(
            // the six plans that reach the pool: 290 mio. kr., 30 municipal, 30 from the housing organisations
            plan("Helhedsplan Rødkløverparken 2012-2015 (demo)", "nordvest", "rødkløver", DemoStatus.COMPLETED,
                    List.of(BOERN, JOB), "28", new String[] {"2", "1", "1"}, "4"),
            // one plan over two neighbouring areas of the same housing organisation
            plan("Helhedsplan Havnegården 2012-2015 (demo)", "sydhavn", List.of("havnegården", "teglholmen"),
                    DemoStatus.ACTIVE, List.of(BOERN, BOLIG, INTEGRATION), "42", "42", new String[] {"2", "2", "2"}, "6",
                    false),
            plan("Helhedsplan Strandlund 2012-2015 (demo)", "amager", "strandlund", DemoStatus.ACTIVE,
                    List.of(JOB, SUNDHED), "35", new String[] {"2", "2", "1"}, "5"),
            plan("Helhedsplan Engparken 2012-2015 (demo)", "husum", "engparken", DemoStatus.GRANTED,
                    List.of(BOERN, BOLIG, JOB), "38.5", new String[] {"2", "2", "2"}, "4.5"),
            // applied for with 33.5 mio. kr. from LBF, revised to 31.5 in the dialogue before political approval
            plan("Helhedsplan Lærkehøj 2012-2015 (demo)", "nordvest", List.of("lærkehøj"), DemoStatus.APPROVED,
                    List.of(BOLIG, SUNDHED), "33.5", "31.5", new String[] {"1", "2", "2"}, "3.5", false),
            plan("Helhedsplan Slusen 2012-2015 (demo)", "sydhavn", "slusen", DemoStatus.PREQUALIFIED,
                    List.of(BOERN, INTEGRATION), "28", new String[] {"1", "1", "2"}, "4"),
            // the others: never reserved, refused by LBF, reserved and released again, or refused by the full pool
            plan("Helhedsplan Kløvermarken 2012-2015 (demo)", "amager", "kløvermarken", DemoStatus.SUBMITTED,
                    List.of(BOLIG, JOB), "21", new String[] {"1", "1", "1"}, "3"),
            plan("Helhedsplan Kløvermarken Nord 2012-2015 (demo)", "amager", List.of("kløvermarken"),
                    DemoStatus.PREQUALIFIED, List.of(BOERN, SUNDHED), "18", "18", new String[] {"1", "1", "1"}, "2",
                    true),
            plan("Helhedsplan Mosegården 2012-2015 (demo)", "husum", "mosegården", DemoStatus.DRAFT,
                    List.of(SUNDHED), "14", new String[] {"1", "1", "0"}, "2"),
            plan("Helhedsplan Lærkehøj Vest 2012-2015 (demo)", "nordvest", "lærkehøj", DemoStatus.REJECTED,
                    List.of(BOERN), "17.5", new String[] {"1", "1", "1"}, "1.5"),
            plan("Helhedsplan Engparken Nord 2012-2015 (demo)", "husum", "engparken", DemoStatus.WITHDRAWN,
                    List.of(JOB, INTEGRATION), "24.5", new String[] {"1", "1", "1"}, "4.5"));

    private DemoData() {
    }

    /** The plans whose municipal co-financing the pool carries at the end of the load. */
    static List<Plan> poolPlans() {
        return PLANS.stream().filter(Plan::reachesPool).toList();
    }

    static Plan plan(String title) {
        return PLANS.stream().filter(p -> p.title().equals(title)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo plan " + title));
    }

    /** The day each decision was taken in round 2011-14 (the seed: political approval in the autumn of 2011). */
    static LocalDate decidedOn(DemoStatus reached) {
        return switch (reached) {
            case SUBMITTED -> LocalDate.of(2011, 5, 27);
            case PREQUALIFIED, REJECTED -> LocalDate.of(2011, 6, 30);
            case WITHDRAWN -> LocalDate.of(2011, 8, 15);
            case APPROVED -> LocalDate.of(2011, 10, 24);
            case GRANTED -> LocalDate.of(2011, 12, 15);
            case ACTIVE -> LocalDate.of(2012, 1, 2);
            case COMPLETED -> LocalDate.of(2015, 12, 31);
            case DRAFT -> throw new IllegalArgumentException("a draft is no decision");
        };
    }

    /** The day the plan revised in the dialogue with LBF was revised. */
    static final LocalDate REVISED_ON = LocalDate.of(2011, 9, 15);

    /** How far a disbursement goes: planned on the schedule, approved by the municipality, or paid. */
    enum Step { PLANNED, APPROVED, PAID }

    /**
     * A disbursement of a plan's municipal co-financing for one year.
     *
     * @param on               the day it is approved and paid (its value date)
     * @param correctedBecause a payment made in error: paid, then corrected with this reason (a reversing entry)
     */
    record Payment(String plan, int year, BigDecimal amount, String reference, LocalDate on, Step until,
                   String correctedBecause) {
    }

    private static final String RØDKLØVER = "Helhedsplan Rødkløverparken 2012-2015 (demo)";
    private static final String HAVNEGÅRDEN = "Helhedsplan Havnegården 2012-2015 (demo)";
    private static final String STRANDLUND = "Helhedsplan Strandlund 2012-2015 (demo)";
    private static final String ENGPARKEN = "Helhedsplan Engparken 2012-2015 (demo)";

    /** The money after the grant, in the order the municipality moved it. */
    static final List<Payment> PAYMENTS = List.of(
            // the completed plan spent all but 0.4 mio. kr. of its 2014 money: close-out gives that back to the pool
            paid(RØDKLØVER, 2012, "2", "2012-03-01"), paid(RØDKLØVER, 2013, "1", "2013-03-01"),
            paid(RØDKLØVER, 2014, "0.6", "2014-03-03"),
            paid(HAVNEGÅRDEN, 2012, "2", "2012-03-01"),
            // 1.8 mio. kr. paid by mistake for 2013, corrected, then the right amount paid
            new Payment(HAVNEGÅRDEN, 2013, mio("1.8"), "Udbetaling 2013 (fejl)", LocalDate.of(2013, 3, 1), Step.PAID,
                    "Forkert beløb: bevillingen for 2013 er 2,0 mio. kr."),
            paid(HAVNEGÅRDEN, 2013, "2", "2013-03-04"), paid(HAVNEGÅRDEN, 2014, "2", "2014-03-03"),
            paid(STRANDLUND, 2012, "2", "2012-03-01"), paid(STRANDLUND, 2013, "2", "2013-03-01"),
            // approved, never paid: due but unpaid since 2014 ended
            new Payment(STRANDLUND, 2014, mio("1"), "Udbetaling 2014", LocalDate.of(2014, 3, 3), Step.APPROVED, null),
            // granted, not started: its first year is planned and still waiting
            new Payment(ENGPARKEN, 2012, mio("2"), "Udbetaling 2012", LocalDate.of(2012, 3, 1), Step.PLANNED, null));

    /** A grant amendment: the plan's municipal co-financing per pool year after it. */
    record Amendment(String plan, String reference, LocalDate decidedOn, List<BigDecimal> municipalByPoolYear) {
    }

    /** Engparken's job café is halved in 2014: 0.5 mio. kr. of its grant goes back to the pool. */
    static final List<Amendment> AMENDMENTS = List.of(new Amendment(ENGPARKEN,
            "TMU 2013-06-03, pkt. 7: Jobcaféen halveres i 2014", LocalDate.of(2013, 6, 3),
            List.of(mio("2"), mio("2"), mio("1.5"))));

    private static Payment paid(String plan, int year, String mio, String on) {
        return new Payment(plan, year, mio(mio), "Udbetaling " + year, LocalDate.parse(on), Step.PAID, null);
    }

    /**
     * A plan over 2012-2015: LBF and other sources spread evenly over the four years, the municipality's
     * co-financing in the pool's years as given, and the housing organisation matching it year by year.
     */
    private static Plan plan(String title, String organisation, String area, DemoStatus target, List<String> themes,
            String lbfMio, String[] municipalMioByPoolYear, String otherMio) {
        return plan(title, organisation, List.of(area), target, themes, lbfMio, lbfMio, municipalMioByPoolYear, otherMio,
                false);
    }

    private static Plan plan(String title, String organisation, List<String> areas, DemoStatus target,
            List<String> themes, String appliedLbfMio, String lbfMio, String[] municipalMioByPoolYear, String otherMio,
            boolean poolRefuses) {
        return new Plan(title, organisation, areas, themes, targetGroups(themes), target,
                budget(lbfMio, municipalMioByPoolYear, otherMio), budget(appliedLbfMio, municipalMioByPoolYear, otherMio),
                themes.stream().map(DemoData::activity).toList(), poolRefuses);
    }

    private static List<BudgetLine> budget(String lbfMio, String[] municipalMioByPoolYear, String otherMio) {
        List<BudgetLine> budget = new ArrayList<>();
        spread(budget, "LBF", mio(lbfMio));
        for (int i = 0; i < POOL_YEARS.size(); i++) {
            BigDecimal amount = mio(municipalMioByPoolYear[i]);
            if (amount.signum() > 0) {
                budget.add(new BudgetLine("MUNICIPALITY", POOL_YEARS.get(i), amount));
                budget.add(new BudgetLine("HOUSING_ORGANISATION", POOL_YEARS.get(i), amount));
            }
        }
        spread(budget, "OTHER", mio(otherMio));
        return List.copyOf(budget);
    }

    private static void spread(List<BudgetLine> budget, String source, BigDecimal total) {
        BigDecimal perYear = total.divide(BigDecimal.valueOf(PLAN_YEARS.size()));
        for (int year : PLAN_YEARS) {
            budget.add(new BudgetLine(source, year, perYear.setScale(2)));
        }
    }

    private static BigDecimal mio(String amount) {
        return new BigDecimal(amount).multiply(MIO).setScale(2);
    }

    private static List<String> targetGroups(List<String> themes) {
        List<String> groups = new ArrayList<>();
        for (String theme : themes) {
            switch (theme) {
                case BOERN -> groups.add("Børn og unge 6-17 år og deres forældre");
                case BOLIG -> groups.add("Beboere i afdelingen");
                case JOB -> groups.add("Ledige beboere 18-30 år");
                case SUNDHED -> groups.add("Beboere med dårligt helbred");
                default -> groups.add("Nytilflyttede beboere fra ikke-vestlige lande");
            }
        }
        return groups;
    }

    private static Activity activity(String theme) {
        return switch (theme) {
            case BOERN -> new Activity(theme, "Fritidsjob og foreningsliv",
                    "Unge hjælpes ud i fritidsjob og introduceres til foreningslivet; forældre inddrages.");
            case BOLIG -> new Activity(theme, "Miljøambassadører",
                    "Beboere uddannes som miljøambassadører og udbreder god adfærd; hærværk forebygges.");
            case JOB -> new Activity(theme, "Jobcafé",
                    "Motivation, opkvalificering og brobygning til kommunens beskæftigelsesindsats.");
            case SUNDHED -> new Activity(theme, "Sundhedscafé",
                    "Motion, kost og brobygning til kommunale og private sundhedstilbud.");
            default -> new Activity(theme, "Brobygning",
                    "Integration i kombination med de øvrige temaer, bl.a. gennem frivilligt arbejde.");
        };
    }
}

package dk.kk.boligsocial.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo story of round 2011-14, after the committee paper: a municipal pool of 30 mio. kr. (2012-2014,
 * 10 mio. kr. a year) makes plans worth 290 mio. kr. possible, with the housing organisations matching the
 * municipal co-financing 1:1. The six plans that reach the pool (prequalified or further) add up to exactly that;
 * four more show the other ends of the lifecycle (draft, submitted, rejected, withdrawn).
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

    record Plan(String title, String organisation, List<String> areas, List<String> themes, List<String> targetGroups,
                DemoStatus target, List<BudgetLine> budget, List<Activity> activities) {

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
            new Area("mosegården", "husum", "Mosegården (demo)", "Brønshøj-Husum", 380, 860));

    static final List<Plan> PLANS = List.of(
            // the six plans that reach the pool: 290 mio. kr., 30 municipal, 30 from the housing organisations
            plan("Helhedsplan Rødkløverparken 2012-2015 (demo)", "nordvest", "rødkløver", DemoStatus.COMPLETED,
                    List.of(BOERN, JOB), "28", new String[] {"2", "1", "1"}, "4"),
            plan("Helhedsplan Havnegården 2012-2015 (demo)", "sydhavn", "havnegården", DemoStatus.ACTIVE,
                    List.of(BOERN, BOLIG, INTEGRATION), "42", new String[] {"2", "2", "2"}, "6"),
            plan("Helhedsplan Strandlund 2012-2015 (demo)", "amager", "strandlund", DemoStatus.ACTIVE,
                    List.of(JOB, SUNDHED), "35", new String[] {"2", "2", "1"}, "5"),
            plan("Helhedsplan Engparken 2012-2015 (demo)", "husum", "engparken", DemoStatus.GRANTED,
                    List.of(BOERN, BOLIG, JOB), "38.5", new String[] {"2", "2", "2"}, "4.5"),
            plan("Helhedsplan Lærkehøj 2012-2015 (demo)", "nordvest", "lærkehøj", DemoStatus.APPROVED,
                    List.of(BOLIG, SUNDHED), "31.5", new String[] {"1", "2", "2"}, "3.5"),
            plan("Helhedsplan Slusen 2012-2015 (demo)", "sydhavn", "slusen", DemoStatus.PREQUALIFIED,
                    List.of(BOERN, INTEGRATION), "28", new String[] {"1", "1", "2"}, "4"),
            // the others: never reserved, refused by LBF, or reserved and released again
            plan("Helhedsplan Kløvermarken 2012-2015 (demo)", "amager", "kløvermarken", DemoStatus.SUBMITTED,
                    List.of(BOLIG, JOB), "21", new String[] {"1", "1", "1"}, "3"),
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
        return PLANS.stream().filter(p -> p.target().reachesPool()).toList();
    }

    /**
     * A plan over 2012-2015: LBF and other sources spread evenly over the four years, the municipality's
     * co-financing in the pool's years as given, and the housing organisation matching it year by year.
     */
    private static Plan plan(String title, String organisation, String area, DemoStatus target, List<String> themes,
            String lbfMio, String[] municipalMioByPoolYear, String otherMio) {
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
        return new Plan(title, organisation, List.of(area), themes, targetGroups(themes), target, budget,
                themes.stream().map(DemoData::activity).toList());
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

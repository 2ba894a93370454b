package dk.kk.boligsocial.evaluation.application;

import dk.kk.boligsocial.evaluation.api.model.PortfolioResponse;
import dk.kk.boligsocial.evaluation.api.model.PortfolioResponse.IndicatorOutcome;
import dk.kk.boligsocial.evaluation.api.model.PortfolioResponse.PlanOutcome;
import dk.kk.boligsocial.evaluation.api.model.PortfolioResponse.PlanTheme;
import dk.kk.boligsocial.evaluation.api.model.PortfolioResponse.RoundIndicator;
import dk.kk.boligsocial.evaluation.api.model.PortfolioResponse.ThemeMoney;
import dk.kk.boligsocial.evaluation.domain.IndicatorDirection;
import dk.kk.boligsocial.evaluation.domain.IndicatorUnit;
import dk.kk.boligsocial.evaluation.persistence.PortfolioQueries;
import dk.kk.boligsocial.evaluation.persistence.PortfolioQueries.IndicatorRow;
import dk.kk.boligsocial.evaluation.persistence.PortfolioQueries.PlanRow;
import dk.kk.boligsocial.evaluation.persistence.RoundThemes;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import dk.kk.boligsocial.kit.api.MoneyValue;
import dk.kk.boligsocial.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Kroner per outcome (issue 15): each granted plan's money, from funding's events, set against the change of its
 * indicators since their baselines, by plan and theme and across the round. Nothing is estimated: a figure that lacks
 * a part is left out and the row says which part.
 */
@ApplicationScoped
public class PortfolioService {

    static final String MONEY_RULE = "A plan's money (committed: all sources, net of amendments and of what the"
            + " close-out released; paid: all sources, net of corrected payments) is split equally between the plan's"
            + " themes, as its activities are (an application has one activity per theme and budgets by source and"
            + " year, not by theme); the last theme takes the øre left over, so the parts add up to the plan's money.";
    static final String UNIT_RULE = "Kroner per unit = the theme's paid (or committed) share ÷ the indicator's"
            + " improvement since its baseline (the latest approved number − the baseline, turned so that better is"
            + " positive). The whole theme share is set against each of the theme's indicators, so the figures of one"
            + " theme overlap and must not be added up. A figure is given only where there is a baseline, an approved"
            + " number, an improvement above zero and money; otherwise the row names what is missing. Across the round,"
            + " counts and kroner are summed over the plans that have all parts; percentages and scores of different"
            + " plans' populations do not add, so the round gives no figure for them.";

    private static final UUID NO_ORGANISATION = new UUID(0, 0);
    private static final BigDecimal ZERO = new BigDecimal("0.00");
    private static final Set<IndicatorUnit> ADDITIVE = Set.of(IndicatorUnit.COUNT, IndicatorUnit.DKK);

    private final PortfolioQueries queries;
    private final RoundThemes rounds;
    private final Caller caller;
    private final Clock clock;

    public PortfolioService(PortfolioQueries queries, RoundThemes rounds, Caller caller, Clock clock) {
        this.queries = queries;
        this.rounds = rounds;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PortfolioResponse round(String roundId) {
        if (rounds.of(roundId).isEmpty()) {
            throw new ResourceNotFoundException("round", roundId);
        }
        // a housing-organisation token without org_id sees no plans, like everywhere else
        UUID organisation = caller.isHousingOrganisation() ? caller.organisationId().orElse(NO_ORGANISATION) : null;
        List<PlanRow> plans = queries.plans(roundId, organisation);
        Map<UUID, List<IndicatorRow>> indicatorsByPlan = new LinkedHashMap<>();
        for (IndicatorRow row : queries.indicators(roundId, organisation)) {
            indicatorsByPlan.computeIfAbsent(row.planId(), id -> new ArrayList<>()).add(row);
        }
        Map<String, ThemeSum> themes = new LinkedHashMap<>();
        Map<String, IndicatorSum> indicators = new LinkedHashMap<>();
        List<PlanOutcome> outcomes = new ArrayList<>();
        for (PlanRow plan : plans) {
            Map<String, BigDecimal[]> shares = shares(plan);
            List<PlanTheme> planThemes = new ArrayList<>();
            for (String theme : plan.themes()) {
                BigDecimal[] share = shares.get(theme);
                themes.computeIfAbsent(theme, ThemeSum::new).add(share[0], share[1]);
                List<IndicatorOutcome> outcomesOfTheme = new ArrayList<>();
                for (IndicatorRow row : indicatorsByPlan.getOrDefault(plan.planId(), List.of())) {
                    if (row.theme().equals(theme)) {
                        IndicatorOutcome outcome = outcome(plan, row, share);
                        outcomesOfTheme.add(outcome);
                        indicators.computeIfAbsent(row.code(), code -> new IndicatorSum(code, theme, outcome.unit()))
                                .add(outcome, share[1]);
                    }
                }
                planThemes.add(new PlanTheme(theme, money(share[0]), money(share[1]), outcomesOfTheme));
            }
            // an indicator of a theme the plan does not have (a plan's own, say) has no money to set against it
            Map<String, List<IndicatorOutcome>> orphans = new LinkedHashMap<>();
            for (IndicatorRow row : indicatorsByPlan.getOrDefault(plan.planId(), List.of())) {
                if (!plan.themes().contains(row.theme())) {
                    orphans.computeIfAbsent(row.theme(), t -> new ArrayList<>()).add(outcome(plan, row, null));
                }
            }
            orphans.forEach((theme, rows) -> planThemes.add(new PlanTheme(theme, money(ZERO), money(ZERO), rows)));
            outcomes.add(new PlanOutcome(plan.planId(), plan.title(), plan.housingOrganisationId(), plan.moneyKnown(),
                    plan.closed(), money(plan.committed()), money(plan.paid()), planThemes));
        }
        return new PortfolioResponse(roundId, MONEY_RULE, UNIT_RULE,
                themes.values().stream().map(ThemeSum::response).toList(),
                indicators.values().stream().map(IndicatorSum::response).toList(),
                outcomes, clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    /** The plan's committed and paid money per theme: equal shares, the last theme taking the øre left over. */
    static Map<String, BigDecimal[]> shares(PlanRow plan) {
        Map<String, BigDecimal[]> shares = new LinkedHashMap<>();
        int n = plan.themes().size();
        BigDecimal committedEach = n == 0 ? ZERO : plan.committed().divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
        BigDecimal paidEach = n == 0 ? ZERO : plan.paid().divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            BigDecimal rest = BigDecimal.valueOf(n - 1L);
            shares.put(plan.themes().get(i), new BigDecimal[] {
                    last ? plan.committed().subtract(committedEach.multiply(rest)) : committedEach,
                    last ? plan.paid().subtract(paidEach.multiply(rest)) : paidEach});
        }
        return shares;
    }

    private static IndicatorOutcome outcome(PlanRow plan, IndicatorRow row, BigDecimal[] share) {
        IndicatorUnit unit = IndicatorUnit.valueOf(row.unit());
        IndicatorDirection direction = IndicatorDirection.valueOf(row.direction());
        List<String> missing = new ArrayList<>();
        if (share == null) {
            missing.add("THEME_NOT_IN_PLAN");
        } else if (!plan.moneyKnown()) {
            missing.add("NO_MONEY_ANNOUNCED");
        } else if (share[1].signum() == 0) {
            missing.add("NOTHING_PAID");
        }
        if (row.baseline() == null) {
            missing.add("NO_BASELINE");
        }
        if (row.latest() == null) {
            missing.add("NO_APPROVED_VALUE");
        }
        BigDecimal change = null;
        BigDecimal improvement = null;
        if (row.baseline() != null && row.latest() != null) {
            change = row.latest().subtract(row.baseline());
            improvement = direction == IndicatorDirection.LOWER_IS_BETTER ? change.negate() : change;
            if (improvement.signum() <= 0) {
                missing.add("NO_IMPROVEMENT");
            }
        }
        boolean perUnit = improvement != null && improvement.signum() > 0 && share != null;
        MoneyValue paidPerUnit = perUnit && share[1].signum() > 0 ? money(per(share[1], improvement)) : null;
        MoneyValue committedPerUnit = perUnit && share[0].signum() > 0 ? money(per(share[0], improvement)) : null;
        return new IndicatorOutcome(row.code(), unit, direction, row.baseline(), row.latestYear(), row.latest(), change,
                improvement, paidPerUnit, committedPerUnit, List.copyOf(missing));
    }

    private static BigDecimal per(BigDecimal kroner, BigDecimal units) {
        return kroner.divide(units, 2, RoundingMode.HALF_EVEN);
    }

    private static MoneyValue money(BigDecimal amount) {
        return MoneyValue.dkk(amount.setScale(2, RoundingMode.UNNECESSARY));
    }

    private static final class ThemeSum {
        private final String theme;
        private long plans;
        private BigDecimal committed = ZERO;
        private BigDecimal paid = ZERO;

        ThemeSum(String theme) {
            this.theme = theme;
        }

        void add(BigDecimal committedShare, BigDecimal paidShare) {
            plans++;
            committed = committed.add(committedShare);
            paid = paid.add(paidShare);
        }

        ThemeMoney response() {
            return new ThemeMoney(theme, plans, money(committed), money(paid));
        }
    }

    private static final class IndicatorSum {
        private final String code;
        private final String theme;
        private final IndicatorUnit unit;
        private long plans;
        private long withData;
        private BigDecimal improvement = BigDecimal.ZERO;
        private BigDecimal paid = ZERO;

        IndicatorSum(String code, String theme, IndicatorUnit unit) {
            this.code = code;
            this.theme = theme;
            this.unit = unit;
        }

        /** A plan counts when it has a baseline, an approved number and money paid; its improvement may be negative. */
        void add(IndicatorOutcome outcome, BigDecimal paidShare) {
            plans++;
            if (outcome.improvement() != null && paidShare.signum() > 0) {
                withData++;
                improvement = improvement.add(outcome.improvement());
                paid = paid.add(paidShare);
            }
        }

        RoundIndicator response() {
            if (!ADDITIVE.contains(unit)) {
                return new RoundIndicator(code, theme, unit, plans, withData, null, money(paid), null,
                        "A " + unit.name().toLowerCase() + " of one plan's residents does not add to another's;"
                                + " see the figure of each plan.");
            }
            String note = withData < plans ? (plans - withData) + " of " + plans
                    + " plans lack a baseline, an approved number or money paid and are left out." : null;
            MoneyValue perUnit = improvement.signum() > 0 ? money(per(paid, improvement)) : null;
            if (perUnit == null && withData > 0) {
                note = (note == null ? "" : note + " ") + "No improvement across the plans counted.";
            }
            return new RoundIndicator(code, theme, unit, plans, withData, withData == 0 ? null : improvement,
                    money(paid), perUnit, note);
        }
    }
}

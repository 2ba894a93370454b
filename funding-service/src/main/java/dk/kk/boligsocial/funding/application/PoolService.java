package dk.kk.boligsocial.funding.application;

import dk.kk.boligsocial.funding.api.model.PoolRequest;
import dk.kk.boligsocial.funding.api.model.PoolResponse;
import dk.kk.boligsocial.funding.domain.BudgetYears;
import dk.kk.boligsocial.funding.domain.CoFinancingRule;
import dk.kk.boligsocial.funding.domain.Pool;
import dk.kk.boligsocial.funding.domain.PoolYear;
import dk.kk.boligsocial.funding.persistence.CoFinancingRuleRepository;
import dk.kk.boligsocial.funding.persistence.LedgerRepository;
import dk.kk.boligsocial.funding.persistence.PoolRepository;
import dk.kk.boligsocial.kit.api.ConflictException;
import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.api.MoneyRules;
import dk.kk.boligsocial.kit.api.TextRules;
import dk.kk.boligsocial.kit.api.MoneyValue;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.kit.persistence.KeysetQuery;
import dk.kk.boligsocial.kit.time.Timestamps;
import dk.kk.boligsocial.kit.web.Cursor;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.kit.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Creating and reading pools, with their figures summed from the ledger. */
@ApplicationScoped
public class PoolService {

    private static final String RESOURCE = "pool";
    private static final Pattern ROUND_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,49}");
    private static final BigDecimal MAX_RATIO = new BigDecimal("100");

    private final PoolRepository pools;
    private final CoFinancingRuleRepository rules;
    private final LedgerRepository ledger;
    private final AuditTrail audit;
    private final Timestamps timestamps;

    public PoolService(PoolRepository pools, CoFinancingRuleRepository rules, LedgerRepository ledger,
            AuditTrail audit, Timestamps timestamps) {
        this.pools = pools;
        this.rules = rules;
        this.ledger = ledger;
        this.audit = audit;
        this.timestamps = timestamps;
    }

    @Transactional
    public PoolResponse create(PoolRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.roundId() == null || !ROUND_ID.matcher(request.roundId()).matches()) {
            errors.add(new FieldError("roundId", "is required: 1-50 letters, digits, '.', '_' or '-', e.g. 2015-18"));
        }
        if (request.name() == null || request.name().isBlank() || request.name().length() > 200) {
            errors.add(new FieldError("name", "is required, at most 200 characters"));
        }
        BigDecimal capacity = MoneyRules.check(errors, "capacity", request.capacity(), MoneyValue.DKK);
        List<PoolYear> years = years(errors, request.years());
        BigDecimal yearsTotal = years.stream().map(PoolYear::capacity).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (capacity != null && yearsTotal.compareTo(capacity) > 0) {
            errors.add(new FieldError("years", "add up to " + yearsTotal.toPlainString()
                    + ", more than the capacity " + capacity.toPlainString()));
        }
        PoolRequest.Rules ruleRequest = request.rules();
        if (ruleRequest != null) {
            share(errors, "rules.housingOrganisationMatchRatio", ruleRequest.housingOrganisationMatchRatio(), MAX_RATIO);
            share(errors, "rules.minimumLocalShare", ruleRequest.minimumLocalShare(), BigDecimal.ONE);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        pools.lockRoundForPoolCreation(request.roundId());
        if (pools.findByRound(request.roundId()).isPresent()) {
            throw new ConflictException("Round " + request.roundId() + " already has a pool; a round has one pool.",
                    Map.of("roundId", request.roundId()));
        }
        Pool pool = new Pool(request.roundId(), request.name().strip(), capacity, years, timestamps.now());
        pools.persist(pool);
        if (ruleRequest != null) {
            rules.put(new CoFinancingRule(request.roundId(),
                    ruleRequest.housingOrganisationMatchRatio(), ruleRequest.minimumLocalShare()));
        }
        pools.flush();
        audit.record("pool.created", RESOURCE, pool.id().toString(), pool.version());
        return FundingResponses.pool(pool, rules.forRound(pool.roundId()), List.of());
    }

    /** Reads: no transaction. */
    public PoolResponse get(UUID id) {
        Pool pool = pools.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException(RESOURCE, id));
        return view(pool);
    }

    public Page<PoolResponse> list(String roundId, PageRequest page) {
        KeysetQuery query = KeysetQuery.by("createdAt", page);
        if (roundId != null && !roundId.isBlank()) {
            query.where("roundId = :roundId", "roundId", roundId);
        }
        return Page.fromLookahead(pools.page(query), page, p -> new Cursor(p.createdAt(), p.id()), this::view);
    }

    private PoolResponse view(Pool pool) {
        return FundingResponses.pool(pool, rules.forRound(pool.roundId()), ledger.poolHoldings(pool.id()));
    }

    private static List<PoolYear> years(List<FieldError> errors, List<PoolRequest.Year> requested) {
        List<PoolYear> years = new ArrayList<>();
        if (requested == null || !TextRules.withinCap(errors, "years", requested, PoolRequest.MAX_YEARS)) {
            return years;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String field = "years[" + i + "]";
            PoolRequest.Year year = requested.get(i);
            if (year == null) {
                errors.add(new FieldError(field, "must not be null"));
                continue;
            }
            int before = errors.size();
            BudgetYears.check(errors, field + ".year", year.year());
            BigDecimal capacity = MoneyRules.check(errors, field + ".capacity", year.capacity(), MoneyValue.DKK);
            if (year.year() != null && !seen.add(year.year())) {
                errors.add(new FieldError(field + ".year", "appears twice"));
            }
            if (errors.size() == before) {
                years.add(new PoolYear(year.year(), capacity));
            }
        }
        return years;
    }

    private static void share(List<FieldError> errors, String field, BigDecimal value, BigDecimal max) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            errors.add(new FieldError(field, "must be between 0 and " + max.toPlainString()));
        } else if (value.stripTrailingZeros().scale() > 4) {
            errors.add(new FieldError(field, "must have at most 4 decimals"));
        }
    }
}

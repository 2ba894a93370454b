package dk.kk.boligsocial.evaluation.persistence;

import dk.kk.boligsocial.evaluation.domain.DueRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The reporting schedule in SQL: the rounds' due rules, the periods a reminder is owed for, the claim of a reminder
 * (its row, whose key makes it once per period, kind and due date) and the work queues.
 */
@ApplicationScoped
public class ScheduleQueries {

    /** A period a reminder may be owed for, with what the reminder event names. */
    public record ReminderCandidate(UUID periodId, UUID planId, String roundId, UUID housingOrganisationId, int year,
            LocalDate dueOn, long version) {
    }

    /** An indicator of a plan without a REPORTED or APPROVED value for a period. */
    public record MissingRow(UUID indicatorId, String code) {
    }

    /**
     * One line of a work queue: a plan indicator and period, with the value in progress if there is one (for
     * "awaiting approval" the REPORTED one).
     */
    public record WorkRow(UUID planId, String title, UUID housingOrganisationId, UUID indicatorId, String code,
            int year, LocalDate dueOn, String reporter, UUID measurementId, String status, String reportedBy) {
    }

    /** Which plans a caller may see: all, or one housing organisation's (or none, failing closed). */
    public record Scope(boolean all, UUID organisationId) {
    }

    // Indicators with nothing REPORTED or APPROVED for the period: what a reminder or a reporting queue is about.
    private static final String UNREPORTED = """
            not exists (select 1 from measurement m where m.plan_indicator_id = pi.id and m.year = p.year
                         and m.status in ('REPORTED', 'APPROVED'))""";

    private static final String CANDIDATES = """
            select p.id, p.plan_id, f.round_id, f.housing_organisation_id, p.year, p.due_on, p.version
            from reporting_period p join framework f on f.plan_id = p.plan_id
            where not p.locked and p.due_on between ?1 and ?2
              and not exists (select 1 from reporting_reminder r
                              where r.period_id = p.id and r.kind = ?3 and r.due_on = p.due_on)
              and exists (select 1 from plan_indicator pi where pi.plan_id = p.plan_id and %s)
            order by p.due_on, p.plan_id, p.year""".formatted(UNREPORTED);

    private static final String MISSING = """
            select i.id, i.code
            from reporting_period p
            join plan_indicator pi on pi.plan_id = p.plan_id
            join indicator i on i.id = pi.indicator_id
            where p.id = ?1 and %s
            order by pi.position""".formatted(UNREPORTED);

    private static final String CLAIM = """
            insert into reporting_reminder (period_id, kind, due_on, sent_at) values (?1, ?2, ?3, ?4)
            on conflict do nothing""";

    // Open work of periods that have begun: plan indicators without a value under review or approved, with the
    // latest value in progress (DRAFT or RETURNED) if any.
    private static final String OPEN_WORK = """
            select f.plan_id, f.title, f.housing_organisation_id, i.id, i.code, p.year, p.due_on, pi.reporter,
                   w.id, w.status, w.reported_by
            from reporting_period p
            join framework f on f.plan_id = p.plan_id
            join plan_indicator pi on pi.plan_id = p.plan_id
            join indicator i on i.id = pi.indicator_id
            left join lateral (select m.id, m.status, m.reported_by from measurement m
                               where m.plan_indicator_id = pi.id and m.year = p.year
                               order by m.created_at desc, m.id desc limit 1) w on true
            where not p.locked and p.starts_on <= ?1 and %s and %s
              and (?2 = true or f.housing_organisation_id = ?3)
              and (?4 = false or f.plan_id = ?5)
              and (?6 = false or pi.reporter is null or pi.reporter = ?7)
            order by p.due_on, f.plan_id, pi.position, p.year
            limit ?8""";

    private static final String AWAITING_APPROVAL = """
            select f.plan_id, f.title, f.housing_organisation_id, i.id, i.code, p.year, p.due_on, pi.reporter,
                   m.id, m.status, m.reported_by
            from measurement m
            join plan_indicator pi on pi.id = m.plan_indicator_id
            join indicator i on i.id = pi.indicator_id
            join reporting_period p on p.plan_id = m.plan_id and p.year = m.year
            join framework f on f.plan_id = m.plan_id
            where m.status = 'REPORTED' and not p.locked
              and (?1 = true or f.housing_organisation_id = ?2)
              and (?3 = false or f.plan_id = ?4)
              and (?5 = false or (m.created_by <> ?6 and m.reported_by <> ?6))
            order by m.reported_at, m.id
            limit ?7""";

    private final EntityManager em;

    public ScheduleQueries(EntityManager em) {
        this.em = em;
    }

    /** The round's rule for due dates; empty for a round without one. */
    public Optional<DueRule> dueRule(String roundId) {
        List<Object[]> rows = rows(em.createNativeQuery(
                "select due_month, due_day, years_after from round_reporting_rule where round_id = ?1")
                .setParameter(1, roundId));
        return rows.stream().findFirst().map(r -> new DueRule(((Number) r[0]).intValue(), ((Number) r[1]).intValue(),
                ((Number) r[2]).intValue()));
    }

    /** Open periods due between the two dates (inclusive) with unreported indicators and no such reminder yet. */
    public List<ReminderCandidate> candidates(String kind, LocalDate from, LocalDate to) {
        List<Object[]> rows = rows(em.createNativeQuery(CANDIDATES).setParameter(1, Date.valueOf(from))
                .setParameter(2, Date.valueOf(to)).setParameter(3, kind));
        return rows.stream().map(r -> new ReminderCandidate((UUID) r[0], (UUID) r[1], (String) r[2], (UUID) r[3],
                ((Number) r[4]).intValue(), date(r[5]), ((Number) r[6]).longValue())).toList();
    }

    public List<MissingRow> missing(UUID periodId) {
        List<Object[]> rows = rows(em.createNativeQuery(MISSING).setParameter(1, periodId));
        return rows.stream().map(r -> new MissingRow((UUID) r[0], (String) r[1])).toList();
    }

    /**
     * Claims the reminder: true if this transaction inserted its row, false if another has (a concurrent one's insert
     * waits for that one's commit and then inserts nothing).
     */
    public boolean claim(UUID periodId, String kind, LocalDate dueOn, Instant now) {
        return em.createNativeQuery(CLAIM).setParameter(1, periodId).setParameter(2, kind)
                .setParameter(3, Date.valueOf(dueOn)).setParameter(4, Timestamp.from(now)).executeUpdate() == 1;
    }

    public void sent(UUID periodId, String kind, LocalDate dueOn, UUID eventId) {
        em.createNativeQuery("update reporting_reminder set event_id = ?4 where period_id = ?1 and kind = ?2"
                        + " and due_on = ?3")
                .setParameter(1, periodId).setParameter(2, kind).setParameter(3, Date.valueOf(dueOn))
                .setParameter(4, eventId).executeUpdate();
    }

    /**
     * Plan indicators of begun, open periods without a REPORTED or APPROVED value: due on or after {@code today}
     * (overdue false) or before it (overdue true).
     *
     * @param reporter for someone other than the municipality: only indicators without a reporter or theirs
     */
    public List<WorkRow> openWork(LocalDate today, boolean overdue, Scope scope, UUID planId, String reporter,
            int limit) {
        String sql = OPEN_WORK.formatted(UNREPORTED, overdue ? "p.due_on < ?1" : "p.due_on >= ?1");
        return workRows(em.createNativeQuery(sql).setParameter(1, Date.valueOf(today))
                .setParameter(2, scope.all()).setParameter(3, organisation(scope))
                .setParameter(4, planId != null).setParameter(5, plan(planId))
                .setParameter(6, reporter != null).setParameter(7, reporter == null ? "" : reporter)
                .setParameter(8, limit));
    }

    /**
     * REPORTED values of open periods, oldest report first.
     *
     * @param reviewer for the municipality: leaves out what they created or reported themselves (four eyes)
     */
    public List<WorkRow> awaitingApproval(Scope scope, UUID planId, String reviewer, int limit) {
        return workRows(em.createNativeQuery(AWAITING_APPROVAL)
                .setParameter(1, scope.all()).setParameter(2, organisation(scope))
                .setParameter(3, planId != null).setParameter(4, plan(planId))
                .setParameter(5, reviewer != null).setParameter(6, reviewer == null ? "" : reviewer)
                .setParameter(7, limit));
    }

    // A housing organisation's scope without an organisation matches nothing: the nil UUID is no organisation's.
    private static UUID organisation(Scope scope) {
        return scope.organisationId() == null ? new UUID(0, 0) : scope.organisationId();
    }

    private static UUID plan(UUID planId) {
        return planId == null ? new UUID(0, 0) : planId;
    }

    private List<WorkRow> workRows(Query query) {
        List<Object[]> rows = rows(query);
        return rows.stream().map(r -> new WorkRow((UUID) r[0], (String) r[1], (UUID) r[2], (UUID) r[3],
                (String) r[4], ((Number) r[5]).intValue(), date(r[6]), (String) r[7], (UUID) r[8], (String) r[9],
                (String) r[10])).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static LocalDate date(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return ((Date) value).toLocalDate();
    }
}

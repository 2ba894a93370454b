package dk.kk.boligsocial.evaluation.application;

import dk.kk.boligsocial.evaluation.persistence.ScheduleQueries;
import dk.kk.boligsocial.evaluation.persistence.ScheduleQueries.ReminderCandidate;
import dk.kk.boligsocial.events.evaluation.MissingIndicator;
import dk.kk.boligsocial.events.evaluation.ReportingDueSoonV1;
import dk.kk.boligsocial.events.evaluation.ReportingOverdueV1;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.kit.time.Timestamps;
import dk.kk.boligsocial.messaging.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reminds the plans of their reporting: {@code reporting.due-soon.v1} when an open period with unreported
 * indicators is due within {@code boligsocial.reminders.due-soon-days} days, {@code reporting.overdue.v1} once its
 * due date has passed. Each is sent once per period, kind and due date, however many instances run the job: the
 * reminder's row (unique on that key) is inserted in the transaction that writes its outbox row, and a second
 * instance's insert waits for the first one's commit and then inserts, and sends, nothing.
 *
 * <p>The schedule is {@code boligsocial.reminders.every} (hourly; {@code off} in tests, which call
 * {@link #remind(LocalDate)} with the day they need).
 */
@ApplicationScoped
public class ReportingReminders {

    static final String DUE_SOON = "DUE_SOON";
    static final String OVERDUE = "OVERDUE";
    private static final Logger LOG = Logger.getLogger(ReportingReminders.class);

    private final ScheduleQueries schedule;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Timestamps timestamps;
    private final int dueSoonDays;

    public ReportingReminders(ScheduleQueries schedule, Outbox outbox, AuditTrail audit, Timestamps timestamps,
            @ConfigProperty(name = "boligsocial.reminders.due-soon-days", defaultValue = "14") int dueSoonDays) {
        this.schedule = schedule;
        this.outbox = outbox;
        this.audit = audit;
        this.timestamps = timestamps;
        this.dueSoonDays = dueSoonDays;
    }

    @Scheduled(every = "${boligsocial.reminders.every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            int sent = remind(timestamps.today());
            if (sent > 0) {
                LOG.infof("sent %d reporting reminders", sent);
            }
        } catch (RuntimeException e) {
            // the next run tries again; a reminder is owed until it is sent
            LOG.warn("could not send reporting reminders", e);
        }
    }

    /**
     * Sends the reminders owed on {@code today}: one transaction per reminder, so that one failure leaves the others
     * sent. Answers how many this call sent.
     */
    public int remind(LocalDate today) {
        int sent = 0;
        // A period due today is "due soon", not yet overdue: overdue means the due date has passed.
        List<ReminderCandidate> dueSoon = QuarkusTransaction.requiringNew()
                .call(() -> schedule.candidates(DUE_SOON, today, today.plusDays(dueSoonDays)));
        for (ReminderCandidate candidate : dueSoon) {
            if (QuarkusTransaction.requiringNew().call(() -> send(candidate, DUE_SOON))) {
                sent++;
            }
        }
        List<ReminderCandidate> overdue = QuarkusTransaction.requiringNew()
                .call(() -> schedule.candidates(OVERDUE, LocalDate.of(2000, 1, 1), today.minusDays(1)));
        for (ReminderCandidate candidate : overdue) {
            if (QuarkusTransaction.requiringNew().call(() -> send(candidate, OVERDUE))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(ReminderCandidate period, String kind) {
        // Read again in the reminder's transaction: a value may have been reported since the candidates were found.
        List<MissingIndicator> missing = schedule.missing(period.periodId()).stream()
                .map(row -> new MissingIndicator(row.indicatorId(), row.code())).toList();
        Instant now = timestamps.now();
        if (missing.isEmpty() || !schedule.claim(period.periodId(), kind, period.dueOn(), now)) {
            return false;
        }
        Record event = DUE_SOON.equals(kind)
                ? new ReportingDueSoonV1(period.planId(), period.roundId(), period.housingOrganisationId(),
                        period.year(), period.dueOn(), missing, now)
                : new ReportingOverdueV1(period.planId(), period.roundId(), period.housingOrganisationId(),
                        period.year(), period.dueOn(), missing, now);
        UUID eventId = outbox.publish(period.planId(), event);
        schedule.sent(period.periodId(), kind, period.dueOn(), eventId);
        audit.recordAs(AuditTrail.SYSTEM_ACTOR, null, eventId.toString(),
                DUE_SOON.equals(kind) ? "reporting.due-soon-reminded" : "reporting.overdue-reminded",
                "reporting-period", period.planId() + "/" + period.year(), period.version());
        return true;
    }
}

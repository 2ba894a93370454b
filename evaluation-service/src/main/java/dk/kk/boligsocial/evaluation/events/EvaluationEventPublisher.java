package dk.kk.boligsocial.evaluation.events;

import dk.kk.boligsocial.evaluation.domain.Evaluation;
import dk.kk.boligsocial.evaluation.domain.Framework;
import dk.kk.boligsocial.evaluation.domain.Indicator;
import dk.kk.boligsocial.evaluation.domain.PlanPeriod;
import dk.kk.boligsocial.events.EventType;
import dk.kk.boligsocial.events.evaluation.EvaluationCompletedV1;
import dk.kk.boligsocial.events.evaluation.EvaluationEvent;
import dk.kk.boligsocial.events.evaluation.EvaluationFrameworkCreatedV1;
import dk.kk.boligsocial.events.evaluation.FrameworkIndicator;
import dk.kk.boligsocial.events.evaluation.ReportingPeriod;
import dk.kk.boligsocial.events.evaluation.ThemeAssessment;
import dk.kk.boligsocial.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Announces evaluation events through the outbox, in the transaction that made the change. The key is the plan
 * id, so a plan's evaluation events stay in order next to each other.
 */
@ApplicationScoped
public class EvaluationEventPublisher {

    static final String AGGREGATE_TYPE = "evaluation-framework";

    private final Outbox outbox;

    public EvaluationEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    public void frameworkCreated(Framework framework, List<PlanPeriod> periods, List<Indicator> indicators) {
        publish(new EvaluationFrameworkCreatedV1(framework.planId(), framework.roundId(),
                framework.housingOrganisationId(), framework.themes(), framework.periodStart(), framework.periodEnd(),
                periods.stream().map(p -> new ReportingPeriod(p.year(), p.startsOn(), p.endsOn())).toList(),
                indicators.stream().map(i -> new FrameworkIndicator(i.id(), i.code(), i.theme(), i.unit(),
                        i.direction())).toList(),
                framework.createdAt()));
    }

    public void completed(Framework framework, Evaluation evaluation) {
        publish(new EvaluationCompletedV1(framework.planId(), framework.roundId(), framework.housingOrganisationId(),
                evaluation.id(),
                evaluation.assessments().stream()
                        .map(a -> new ThemeAssessment(a.theme(), a.rating(), a.findings())).toList(),
                evaluation.author(), evaluation.submittedAt()));
    }

    private void publish(EvaluationEvent event) {
        outbox.publish(AGGREGATE_TYPE, event.planId().toString(), EventType.ofPayloadType(event.getClass()).type(),
                event);
    }
}

package dk.kk.boligsocial.evaluation.application;

import dk.kk.boligsocial.evaluation.persistence.RoundFrames;
import dk.kk.boligsocial.events.round.RoundDefinition;
import dk.kk.boligsocial.events.round.RoundEvent;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * A round as plans-service announces it (round.opened.v1, round.revised.v1): evaluation keeps its themes (what
 * indicators and frameworks are grouped by) and its reporting rule (when a year's figures are due). An upsert: the
 * seeded 2011-14 themes and rule are what plans-service announces for 2011-14, so that event changes nothing.
 *
 * <p>A new round starts with an empty indicator catalogue: the municipality adds catalogue indicators for its themes
 * ({@code POST /v1/indicators}) and plans may add their own. Indicators are not copied from earlier rounds, even for
 * a theme of the same code: an indicator's definition belongs to the round whose plans are measured by it.
 * A theme left out of a revision is removed unless indicators refer to it; then it stays (logged), as their
 * measurements stay. A changed reporting rule applies to frameworks created afterwards; the periods of existing
 * frameworks keep their due dates (the municipality moves a plan's date with PUT .../periods/{year}/due-date).
 */
@ApplicationScoped
public class RoundReactions {

    private static final Logger LOG = Logger.getLogger(RoundReactions.class);

    private final RoundFrames frames;
    private final AuditTrail audit;

    public RoundReactions(RoundFrames frames, AuditTrail audit) {
        this.frames = frames;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(RoundEvent event, String eventId) {
        RoundDefinition round = event.round();
        String roundId = event.roundId();
        int changed = 0;
        for (RoundDefinition.Theme theme : round.themes()) {
            if (frames.putTheme(roundId, theme.code(), theme.position(), theme.nameDa(), theme.nameEn())) {
                changed++;
            }
        }
        List<String> kept = round.themes().stream().map(RoundDefinition.Theme::code).toList();
        List<String> stayed = frames.dropThemesExcept(roundId, kept);
        if (!stayed.isEmpty()) {
            LOG.warnf("round %s: themes %s are no longer in the round but indicators refer to them; they stay (event %s)",
                    roundId, stayed, eventId);
        }
        RoundDefinition.Reporting reporting = round.reporting();
        boolean ruleChanged = frames.putReportingRule(roundId, reporting.dueMonth(), reporting.dueDay(),
                reporting.yearsAfter());
        if (changed > 0 || ruleChanged) {
            audit.recordReaction(eventId, "round.taken-over", "round", roundId, event.version(), null,
                    new AuditTrail.Change(null, Map.of("themesChanged", changed, "reportingRuleChanged", ruleChanged,
                            "themesKeptForIndicators", stayed)));
        }
    }
}

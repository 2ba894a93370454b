package dk.kk.boligsocial.evaluation.domain;

import dk.kk.boligsocial.kit.api.ConflictException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** A baseline, midterm or final evaluation of a plan: a rating and findings per theme, its author and date. */
@Entity
@Table(name = "evaluation")
public class Evaluation {

    public static final String RESOURCE = "evaluation";

    public enum Status { DUE, SUBMITTED }

    @Id
    private UUID id;
    @Column(name = "plan_id")
    private UUID planId;
    @Enumerated(EnumType.STRING)
    private EvaluationKind kind;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String author;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "evaluation_assessment", joinColumns = @JoinColumn(name = "evaluation_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<Assessment> assessments = new ArrayList<>();

    protected Evaluation() {
    }

    private Evaluation(UUID planId, EvaluationKind kind, Instant now) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.kind = kind;
        this.status = Status.DUE;
        this.createdAt = now;
    }

    /** An evaluation that is due and waits for its assessments, such as the final one of a completed plan. */
    public static Evaluation due(UUID planId, EvaluationKind kind, Instant now) {
        return new Evaluation(planId, kind, now);
    }

    /**
     * Completes a due evaluation with the assessment of every theme.
     *
     * @throws ConflictException (409) if it has been submitted already
     */
    public void submit(List<Assessment> assessments, String author, Instant now) {
        if (status != Status.DUE) {
            throw new ConflictException("The evaluation has been submitted already.",
                    Map.of("currentStatus", status.name()));
        }
        this.assessments.clear();
        this.assessments.addAll(assessments);
        this.author = author;
        this.submittedAt = now;
        this.status = Status.SUBMITTED;
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public EvaluationKind kind() {
        return kind;
    }

    public Status status() {
        return status;
    }

    public String author() {
        return author;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<Assessment> assessments() {
        return List.copyOf(assessments);
    }
}

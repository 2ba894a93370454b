package dk.kk.boligsocial.plans.domain;

/** An activity of a plan, always under one of the plan's themes. */
public record PlannedActivity(String theme, String title, String description) {
}

package dk.kk.boligsocial.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An activity of a plan, always under one of the plan's themes. */
@Embeddable
public class PlannedActivity {

    @Column(name = "theme_code")
    private String theme;
    private String title;
    private String description;

    protected PlannedActivity() {
    }

    public PlannedActivity(String theme, String title, String description) {
        this.theme = theme;
        this.title = title;
        this.description = description;
    }

    public String theme() {
        return theme;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }
}

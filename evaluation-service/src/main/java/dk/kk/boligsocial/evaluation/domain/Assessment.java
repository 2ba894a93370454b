package dk.kk.boligsocial.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The rating (1-5) and findings of one theme in an evaluation. */
@Embeddable
public class Assessment {

    @Column(name = "theme_code")
    private String theme;
    private int rating;
    private String findings;

    protected Assessment() {
    }

    public Assessment(String theme, int rating, String findings) {
        this.theme = theme;
        this.rating = rating;
        this.findings = findings;
    }

    public String theme() {
        return theme;
    }

    public int rating() {
        return rating;
    }

    public String findings() {
        return findings;
    }
}

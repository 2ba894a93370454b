package dk.kk.boligsocial.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A theme (indsatsområde) of one round. Replaced as a whole when the round is revised. */
@Embeddable
public class Theme {

    private String code;
    private int position;
    @Column(name = "name_da")
    private String nameDa;
    @Column(name = "name_en")
    private String nameEn;
    private String description;

    protected Theme() {
    }

    public Theme(String code, int position, String nameDa, String nameEn, String description) {
        this.code = code;
        this.position = position;
        this.nameDa = nameDa;
        this.nameEn = nameEn;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public int position() {
        return position;
    }

    public String nameDa() {
        return nameDa;
    }

    public String nameEn() {
        return nameEn;
    }

    public String description() {
        return description;
    }
}

package dk.kk.boligsocial.evaluation.domain;

import java.time.LocalDate;

/**
 * A round's rule for when a reporting period's figures are due: a day and month, some years after the period's year
 * (2011-14: 1 March of the following year). Data of the round, like its themes.
 *
 * @param month      1-12
 * @param day        1-28, so that every month and year has it
 * @param yearsAfter 0-2 years after the period's year
 */
public record DueRule(int month, int day, int yearsAfter) {

    /** For rounds without a rule of their own: 1 March after the year, as in 2011-14. */
    public static final DueRule DEFAULT = new DueRule(3, 1, 1);

    public DueRule {
        if (month < 1 || month > 12 || day < 1 || day > 28 || yearsAfter < 0 || yearsAfter > 2) {
            throw new IllegalArgumentException("not a due rule: " + day + "/" + month + ", " + yearsAfter + " years after");
        }
    }

    public LocalDate dueOn(int year) {
        return LocalDate.of(year + yearsAfter, month, day);
    }
}

package dk.kk.boligsocial.funding.api.model;

import dk.kk.boligsocial.kit.api.MoneyValue;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"reference", "municipal"}, description = "An amendment of a granted plan's municipal"
        + " co-financing: the commitments per year after it (new amounts, or the same money in other years).")
public record AmendmentRequest(
        @Schema(description = "The amendment's reference, e.g. a committee item or case number",
                example = "TMU 2013-01-07, pkt. 4") String reference,
        @Schema(nullable = true, description = "The day the amendment was decided (not in the future, not before the"
                + " grant); default today", example = "2013-01-07") LocalDate decidedOn,
        @Schema(description = "The municipal co-financing after the amendment, one line per year; a year left out"
                + " has none", maxItems = AmendmentRequest.MAX_YEARS) List<YearAmount> municipal) {

    /** A plan runs up to four years; ten leaves room for any round's frame without letting a body grow unbounded. */
    public static final int MAX_YEARS = 10;

    @Schema(requiredProperties = {"year", "amount"}, description = "The municipal commitment of one year")
    public record YearAmount(@Schema(example = "2013") Integer year, MoneyValue amount) {
    }
}

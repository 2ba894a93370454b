package dk.kk.boligsocial.kit.probe;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A request body shaped like the services' (nested records, lists, enums, money, dates). */
public record ProbeRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull UUID organisationId,
        @NotNull ProbeKind kind,
        @Min(1) @Max(4) int years,
        LocalDate periodStart,
        List<@NotBlank String> targetGroups,
        @NotEmpty List<@NotNull @Valid BudgetLine> budget) {

    public record BudgetLine(@NotNull Source source, @Min(2000) int year, @NotNull @Valid Money amount) {
    }

    public enum Source { LBF, MUNICIPALITY, HOUSING_ORGANISATION, OTHER }

    public enum ProbeKind { SMALL, LARGE }
}

package dk.kk.boligsocial.kit.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.boligsocial.kit.web.StrictJsonCustomizer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemJsonTest {

    private final ObjectMapper mapper = strictMapper();

    @Test
    void absentMembersAreLeftOutAndExtensionsAreTopLevel() throws Exception {
        Problem conflict = new ConflictException("plan is GRANTED", Map.of("currentStatus", "GRANTED")).toProblem("/v1/plans/1/approval");
        assertEquals("{\"type\":\"https://boligsocial.kk.dk/problems/conflict\",\"title\":\"Conflict\",\"status\":409,"
                + "\"detail\":\"plan is GRANTED\",\"instance\":\"/v1/plans/1/approval\",\"currentStatus\":\"GRANTED\"}",
                mapper.writeValueAsString(conflict));
    }

    @Test
    void fieldErrorsAreListed() throws Exception {
        Problem invalid = new InvalidInputException(List.of(new FieldError("budget[0].year", "must be 2012 or later")))
                .toProblem("/v1/plans");
        assertEquals("{\"type\":\"https://boligsocial.kk.dk/problems/validation\",\"title\":\"Invalid request\",\"status\":400,"
                + "\"detail\":\"1 field is invalid\",\"instance\":\"/v1/plans\","
                + "\"errors\":[{\"field\":\"budget[0].year\",\"message\":\"must be 2012 or later\"}]}",
                mapper.writeValueAsString(invalid));
    }

    @Test
    void exceptionsCarryTheirStatus() {
        assertEquals(404, new ResourceNotFoundException("plan", "x").status());
        assertEquals(409, new ConflictException("c").status());
        assertEquals(412, new PreconditionFailedException("p").status());
        assertEquals(428, new PreconditionRequiredException("p").status());
        assertEquals(400, new InvalidInputException("f", "m").status());
        assertEquals(422, new UnprocessableException("u").status());
    }

    @Test
    void moneyIsWrittenPlain() throws Exception {
        assertEquals("{\"amount\":30000000.00}", mapper.writeValueAsString(Map.of("amount", new BigDecimal("3.000000000E+7"))));
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJsonCustomizer().customize(mapper);
        return mapper;
    }
}

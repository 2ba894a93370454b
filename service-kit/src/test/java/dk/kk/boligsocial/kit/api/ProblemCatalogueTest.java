package dk.kk.boligsocial.kit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clients branch on a problem's {@code type}: every type the services can answer with is documented, one section
 * each, in docs/api-guide.md ("Problem types"), and {@link ProblemTypes#ALL} (which the OpenAPI documents name) lists
 * them all.
 */
class ProblemCatalogueTest {

    @Test
    void everyProblemTypeIsInAllAndHasItsSectionInTheApiGuide() throws IOException, IllegalAccessException {
        List<String> declared = new ArrayList<>();
        for (Field field : ProblemTypes.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class && !field.getName().equals("BASE")) {
                declared.add((String) field.get(null));
            }
        }
        assertEquals(new HashSet<>(declared), new HashSet<>(ProblemTypes.ALL), "ProblemTypes.ALL lists every type");
        String guide = Files.readString(Path.of("../docs/api-guide.md"));
        List<String> undocumented = declared.stream().filter(type -> !guide.contains("\n### `" + type + "`\n")).toList();
        assertTrue(undocumented.isEmpty(), "docs/api-guide.md has no section for " + undocumented);
    }
}

package dk.kk.boligsocial.kit.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void aTableIsRfc4180WithCrlfAndAByteOrderMarkSoSpreadsheetsReadDanishLetters() {
        byte[] csv = CsvTable.withHeader("title", "amount").row("Tingbjerg, Utterslevhuse", new BigDecimal("1000000.50"))
                .row("Søndre \"Fælled\"", null).bytes();

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        assertEquals("title,amount\r\n\"Tingbjerg, Utterslevhuse\",1000000.50\r\n\"Søndre \"\"Fælled\"\"\",\r\n",
                new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void textASpreadsheetWouldRunAsAFormulaIsQuotedAsTextButNumbersStayNumbers() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvTable.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+45 1234", CsvTable.cell("+45 1234"));
        assertEquals("'@SUM(A1)", CsvTable.cell("@SUM(A1)"));
        assertEquals("'-1+1", CsvTable.cell("-1+1"));
        assertEquals("-250.00", CsvTable.cell(new BigDecimal("-250.00")));
        assertEquals("1000", CsvTable.cell(new BigDecimal("1E+3")), "amounts never in exponent notation");
    }

    @Test
    void aRowOfTheWrongWidthIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> CsvTable.withHeader("a", "b").row("only one"));
    }
}

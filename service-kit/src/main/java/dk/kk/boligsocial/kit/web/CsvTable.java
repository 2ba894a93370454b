package dk.kk.boligsocial.kit.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table as CSV for the committee's spreadsheets (RFC 4180): a header row, one row per item, comma-separated,
 * CRLF line ends, UTF-8 with a byte-order mark (without it Excel reads "ø" as two Latin-1 characters). Amounts are
 * plain decimals with a point, whatever the reader's locale. A text cell that a spreadsheet would take for a formula
 * (starting with {@code = + - @}, a tab or a carriage return) is prefixed with an apostrophe: a plan's title typed by
 * a housing organisation must not run in a caseworker's spreadsheet (CSV injection).
 */
public final class CsvTable {

    /** {@code text/csv}, the type a caller asks for with {@code Accept}. */
    public static final String MEDIA_TYPE = "text/csv";
    private static final MediaType CSV_UTF8 = MediaType.valueOf("text/csv; charset=UTF-8");
    private static final MediaType CSV = MediaType.valueOf(MEDIA_TYPE);
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final int columns;
    private final List<List<Object>> rows = new ArrayList<>();

    private CsvTable(List<String> header) {
        this.columns = header.size();
        rows.add(List.copyOf(header));
    }

    public static CsvTable withHeader(String... header) {
        return new CsvTable(List.of(header));
    }

    /**
     * Whether the request's {@code Accept} prefers CSV to JSON: the first of its types, most preferred first (by q,
     * then as listed), that either would take decides. No {@code Accept}, {@code *}{@code /*}, and generated clients'
     * {@code application/json, text/csv} are JSON; {@code text/csv} or {@code application/json;q=0.5, text/csv} CSV.
     */
    public static boolean preferred(HttpHeaders headers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (acceptable.isCompatible(CSV)) {
                return true;
            }
        }
        return false;
    }

    /** Adds a row; a cell may be null (empty), text, a number or anything whose {@code toString} is its value. */
    public CsvTable row(Object... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + columns + " columns");
        }
        rows.add(Arrays.asList(cells.clone()));
        return this;
    }

    /** The table as UTF-8 bytes, byte-order mark first. */
    public byte[] bytes() {
        StringBuilder text = new StringBuilder(64 * rows.size());
        for (List<Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    text.append(',');
                }
                text.append(cell(row.get(i)));
            }
            text.append("\r\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 16);
        out.writeBytes(BYTE_ORDER_MARK);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** 200 with the table as {@code text/csv; charset=UTF-8}, to be saved as {@code fileName}. */
    public Response ok(String fileName) {
        return Response.ok(bytes(), CSV_UTF8)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}

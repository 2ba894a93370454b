package dk.kk.boligsocial.testkit.corpus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A digest of every row of a service's tables, taken in one statement, so that a request can be shown to have
 * changed nothing. Tables whose rows move on their own (the outbox the relay empties) are left out by name.
 */
final class TableSnapshot {

    private final Connection connection;
    private final String sql;

    TableSnapshot(Connection connection, String schema, Set<String> ignoredTables) throws SQLException {
        this.connection = connection;
        List<String> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select table_name from information_schema.tables where table_schema = ? and table_type = 'BASE TABLE'"
                        + " order by table_name")) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    if (!ignoredTables.contains(table) && !table.startsWith("flyway_")) {
                        tables.add(table);
                    }
                }
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("schema " + schema + " has no tables to watch");
        }
        this.sql = tables.stream()
                .map(table -> "select '" + table + "', (select md5(coalesce(string_agg(t::text, '|' order by t::text), ''))"
                        + " from \"" + schema + "\".\"" + table + "\" t)")
                .collect(Collectors.joining(" union all "));
    }

    Map<String, String> take() throws SQLException {
        Map<String, String> digests = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                digests.put(rows.getString(1), rows.getString(2));
            }
        }
        return digests;
    }

    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(table -> !Objects.equals(before.get(table), after.get(table))).toList();
    }
}

package cn.jilin.laborbrand.platform.demo;

import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks records made by the demo runners as demo data, for the pages' "演示数据" badges. The runners make every record
 * through the modules' ordinary services; this is the one thing they do besides. Only tables that carry a
 * {@code demo} column can be marked, and only by the demo's own permission.
 */
@Service
public class DemoRecords {

    private final JdbcTemplate jdbc;
    private volatile Set<String> tables;

    DemoRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the row {@code id} of {@code table} as demo data. */
    @PreAuthorize("hasAuthority('demo:provision')")
    @Transactional
    public void mark(String table, long id) {
        if (!tables().contains(table)) {
            throw new IllegalArgumentException(table + " has no demo column");
        }
        // the name is one of the schema's own tables (checked above), never user input
        jdbc.update("update " + table + " set demo = true where id = ?", id);
    }

    private Set<String> tables() {
        Set<String> known = tables;
        if (known == null) {
            List<String> names = jdbc.queryForList("""
                    select table_name from information_schema.columns
                    where table_schema = current_schema() and column_name = 'demo' and data_type = 'boolean'""", String.class);
            known = Set.copyOf(names);
            tables = known;
        }
        return known;
    }
}

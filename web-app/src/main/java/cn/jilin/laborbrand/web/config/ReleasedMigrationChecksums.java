package cn.jilin.laborbrand.web.config;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Migrations that were released with two texts, and the checksum of the other one: a database made from it is
 * recorded under the text in the repository before Flyway validates, so that it starts instead of failing on a
 * checksum. Only these exact pairs are accepted; any other change of a released migration still stops the portal.
 * <ul>
 *   <li>V17: released at one landing with its two {@code skill_level} columns {@code integer}, at the next with
 *       {@code smallint} (checksum -1567808198). The file keeps {@code integer}; V23 makes the columns integer in
 *       either case.</li>
 * </ul>
 * Never add to this list for a new edit: a change goes into a new migration.
 */
@Component
public class ReleasedMigrationChecksums implements Callback {

    private static final Logger log = LoggerFactory.getLogger(ReleasedMigrationChecksums.class);

    /** version → {the other released text's checksum, the repository text's checksum}. */
    static final Map<String, int[]> OTHER_RELEASE = Map.of("17", new int[]{-1567808198, 1797615402});

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            if (!historyExists(context)) {
                return;
            }
            for (Map.Entry<String, int[]> entry : OTHER_RELEASE.entrySet()) {
                try (PreparedStatement update = context.getConnection().prepareStatement(
                        "update flyway_schema_history set checksum = ? where version = ? and checksum = ?")) {
                    update.setInt(1, entry.getValue()[1]);
                    update.setString(2, entry.getKey());
                    update.setInt(3, entry.getValue()[0]);
                    if (update.executeUpdate() > 0) {
                        log.info("V{} was applied from its other released text; recorded under the repository's", entry.getKey());
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not align the checksums of released migrations", e);
        }
    }

    private static boolean historyExists(Context context) throws SQLException {
        try (PreparedStatement query = context.getConnection().prepareStatement("select to_regclass('flyway_schema_history') is not null");
             ResultSet rs = query.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    @Override
    public String getCallbackName() {
        return "released-migration-checksums";
    }
}

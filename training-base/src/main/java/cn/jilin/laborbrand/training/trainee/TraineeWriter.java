package cn.jilin.laborbrand.training.trainee;

import cn.jilin.laborbrand.platform.crypto.PersonalDataCipher;
import cn.jilin.laborbrand.training.course.TrainingCourse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Streams checked roster rows straight into {@code trainee} with PostgreSQL's COPY, row by row as the import reads
 * them: nothing but a 64 KB buffer is held, and the database inserts while the file is still being read. Runs on the
 * caller's transaction's connection, behind a savepoint, so that {@link Copy#discard} (a later row was bad, the file
 * was refused) leaves no row of it while the caller's transaction (its audit record) goes on.
 */
@Component
class TraineeWriter {

    private static final String COPY = "copy trainee (course_id, organisation_id, region_code, name, resident_id_cipher, "
            + "resident_id_index, birth_date, sex, phone_cipher, home_region_code, priority_groups, employer, employed_since, "
            + "created_by, updated_by) from stdin";
    private static final int BUFFER_BYTES = 64 * 1024;

    private final DataSource dataSource;

    TraineeWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * A COPY of rows into one course, on behalf of {@code actor} (the account, or null for the platform), sealed with
     * {@code crypto} (one cipher and MAC for the whole import). Must run inside a transaction; close it in all cases.
     */
    Copy copy(TrainingCourse course, Long actor, PersonalDataCipher.Batch crypto) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a roster COPY runs inside the import's transaction");
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint savepoint = connection.setSavepoint();
            PGCopyOutputStream out = new PGCopyOutputStream(connection.unwrap(PGConnection.class), COPY, BUFFER_BYTES);
            return new Copy(connection, savepoint, out, course, actor, crypto);
        } catch (SQLException e) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            throw new DataAccessResourceFailureException("cannot start the roster COPY", e);
        }
    }

    /** One COPY in progress: {@link #add} rows, then {@link #finish} (stored) or {@link #discard} (nothing stored). */
    final class Copy implements AutoCloseable {

        private final Connection connection;
        private final Savepoint savepoint;
        private final PGCopyOutputStream out;
        private final PersonalDataCipher.Batch crypto;
        private final String fixed;
        private final String actor;
        private final StringBuilder line = new StringBuilder(512);
        private boolean open = true;
        private int added;

        private Copy(Connection connection, Savepoint savepoint, PGCopyOutputStream out, TrainingCourse course, Long actor,
                     PersonalDataCipher.Batch crypto) {
            this.connection = connection;
            this.savepoint = savepoint;
            this.out = out;
            this.crypto = crypto;
            this.fixed = course.getId() + "\t" + course.getOrganisationId() + "\t" + field(course.getRegionCode()) + "\t";
            this.actor = actor == null ? "\\N" : actor.toString();
        }

        /** Encrypts ID and phone and sends the row; {@code residentIdIndex} is the keyed hash the check already made. */
        void add(RosterRow row, String residentIdIndex) {
            if (!open) {
                throw new IllegalStateException("the roster COPY was already ended");
            }
            String phone = row.phone() == null || row.phone().isBlank() ? null : row.phone();
            line.setLength(0);
            line.append(fixed).append(field(row.name())).append('\t')
                    .append(crypto.encrypt(row.residentId().value())).append('\t')
                    .append(residentIdIndex).append('\t')
                    .append(row.residentId().birthDate()).append('\t')
                    .append(row.residentId().sex().name()).append('\t')
                    .append(phone == null ? "\\N" : crypto.encrypt(phone)).append('\t')
                    .append(field(row.homeRegionCode())).append('\t')
                    .append(field(PriorityGroup.encode(row.groups()))).append('\t')
                    .append(field(row.employer())).append('\t')
                    .append(row.employedSince() == null ? "\\N" : row.employedSince().toString()).append('\t')
                    .append(actor).append('\t').append(actor).append('\n');
            try {
                out.write(line.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new DataAccessResourceFailureException("the roster COPY failed", e);
            }
            added++;
        }

        /** Ends the COPY: the rows are in the caller's transaction. Returns how many. */
        int finish() {
            try {
                long rows = out.endCopy();
                open = false;
                connection.releaseSavepoint(savepoint);
                if (rows != added) {
                    throw new IllegalStateException("COPY stored " + rows + " of " + added + " roster rows");
                }
                return added;
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("the roster COPY failed", e);
            }
        }

        /** Cancels the COPY and rolls back to before it: none of its rows stay; the transaction goes on. */
        void discard() {
            if (!open) {
                return;
            }
            open = false;
            try {
                if (out.isActive()) {
                    out.cancelCopy();
                }
                connection.rollback(savepoint);
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("cannot cancel the roster COPY", e);
            }
        }

        /** Discards an unfinished COPY (an exception on the way) and gives the connection back to the transaction. */
        @Override
        public void close() {
            try {
                discard();
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
    }

    /** A value in COPY's text format: null as {@code \N}; backslash, tab, newline and carriage return escaped. */
    static String field(String value) {
        if (value == null) {
            return "\\N";
        }
        StringBuilder escaped = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String replacement = switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(value.length() + 8).append(value, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? value : escaped.toString();
    }
}

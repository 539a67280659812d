package cn.jilin.laborbrand.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform's two database roles. Migrations run as the <em>owner</em>, which owns every table, the audit log and
 * its triggers included; the portal runs as the <em>application role</em>, which reads and writes rows but cannot
 * change the schema, and on {@code audit_event} may only insert and select (migration
 * {@code V14__platform_database_roles.sql} grants this). So the portal cannot disable the audit trigger or delete an
 * audit row, whatever runs inside it.
 *
 * <p>The embedded default database and the tests set both roles up here; a server database is set up by its operator
 * the same way (README, "Database roles"; {@code deploy/db-init.sh} for Docker Compose).
 */
public final class DatabaseRoles {

    public static final String OWNER = "laborbrand_owner";
    public static final String APP = "laborbrand_app";

    private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?$");
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private DatabaseRoles() {
    }

    /**
     * Creates the owner and application roles when missing (giving them these passwords; null for none) and a database
     * owned by the owner. With {@code fresh}, a database of that name is dropped first. The connection must be of a
     * user allowed to create roles and databases (a superuser, on the embedded server and in the tests).
     */
    public static void prepare(Connection admin, String database, String ownerPassword, String appPassword, boolean fresh) throws SQLException {
        requireName(database);
        createRole(admin, OWNER, ownerPassword);
        createRole(admin, APP, appPassword);
        try (Statement statement = admin.createStatement()) {
            if (fresh) {
                statement.execute("drop database if exists " + database + " with (force)");
            }
            if (!databaseExists(admin, database)) {
                try {
                    statement.execute("create database " + database + " owner " + OWNER + " encoding 'UTF8' template template0");
                } catch (SQLException e) {
                    // another process created it at the same moment
                    if (!"42P04".equals(e.getSQLState())) {
                        throw e;
                    }
                }
            }
        }
    }

    /** Drops a database, ending its sessions (tests clean up the databases they made on a server of yours). */
    public static void drop(Connection admin, String database) throws SQLException {
        requireName(database);
        try (Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
        }
    }

    /** The same server's JDBC URL with another database: {@code jdbc:postgresql://host:5432/x?ssl=true} → {@code …/database?ssl=true}. */
    public static String withDatabase(String jdbcUrl, String database) {
        Matcher m = JDBC_URL.matcher(jdbcUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL of the form jdbc:postgresql://host[:port]/database: " + jdbcUrl);
        }
        return m.group(1) + database + (m.group(3) == null ? "" : m.group(3));
    }

    private static void createRole(Connection admin, String role, String password) throws SQLException {
        if (roleExists(admin, role)) {
            return;
        }
        try (Statement statement = admin.createStatement()) {
            statement.execute("create role " + role + " login nosuperuser nocreatedb nocreaterole noinherit"
                    + (password == null ? "" : " password '" + password.replace("'", "''") + "'"));
        } catch (SQLException e) {
            // another process created it at the same moment
            if (!"42710".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static boolean roleExists(Connection admin, String role) throws SQLException {
        return exists(admin, "select 1 from pg_roles where rolname = ?", role);
    }

    private static boolean databaseExists(Connection admin, String database) throws SQLException {
        return exists(admin, "select 1 from pg_database where datname = ?", database);
    }

    private static boolean exists(Connection admin, String sql, String name) throws SQLException {
        try (PreparedStatement query = admin.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void requireName(String database) {
        if (!NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("a database name of lower-case letters, digits and _: " + database);
        }
    }
}

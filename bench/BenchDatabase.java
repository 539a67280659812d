import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.util.concurrent.CountDownLatch;

/**
 * The benchmark's PostgreSQL on its own, as a production node finds it: already running when the portal starts
 * (bench/province.sh). It is the same embedded server the portal starts in development (the zonky binaries in the
 * portal's jar), on the grown database's files, with the portal's durability settings; it runs until killed.
 *
 * <p>Run as a source file with the extracted jar's libraries: {@code java -cp 'app/lib/*' bench/BenchDatabase.java
 * DATA_DIRECTORY PORT}. It prints {@code READY} once it accepts connections.
 */
public class BenchDatabase {

    public static void main(String[] arguments) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(new File(arguments[0]))
                .setCleanDataDirectory(false)
                .setPort(Integer.parseInt(arguments[1]))
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("stopping PostgreSQL: " + e);
            }
        }));
        System.out.println("READY " + postgres.getPort());
        new CountDownLatch(1).await();
    }
}

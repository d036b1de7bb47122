import java.nio.file.Path;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Starts an embedded Neo4j Community DBMS from a home folder and a neo4j.conf file.
 *
 * The conf file written by scripts/stack/neo4j.sh turns Bolt on at 127.0.0.1 and authentication
 * off. Prints "NEO4J_READY" once the default database answers a query, then runs until the JVM
 * receives SIGTERM, when the shutdown hook stops the DBMS cleanly.
 */
public class Neo4jLauncher {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        Path conf = Path.of(args[1]).toAbsolutePath();

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .loadPropertiesFromFile(conf)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));

        GraphDatabaseService db = dbms.database("neo4j");
        for (int attempt = 0; ; attempt++) {
            try {
                db.executeTransactionally("RETURN 1");
                break;
            } catch (RuntimeException e) {
                if (attempt > 1200) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
        System.out.println("NEO4J_READY");
        System.out.flush();
        Thread.currentThread().join();
    }
}

package org.soptrack.server.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A big dealer group written straight into the benchmark's database: customers of varied, partly accented names and
 * special orders spread over the organization's rooftops, in every status, each with its first history row.
 */
final class BenchSeed {

    static final String FIRST = "ARRAY['James','Mary','José','Zoë','Renée','Björn','Chloé','Li','Ana','Ömer',"
            + "'Noah','Emma','Liam','Olivia','Mateo','Sofía','Lucas','Amélie','Ethan','Léa']";
    static final String LAST = "ARRAY['Smith','Johnson','Müller','García','Lindqvist','Nguyen','Dubois','Kowalski',"
            + "'O''Brien','Peña','Rossi','Schäfer','Haddad','Tanaka','Okafor','Novák','Brown','Davis','Martínez',"
            + "'Łopez','Wilson','Anderson','Thomas','Jackson','White','Harris','Clark','Lewis','Young','King']";
    static final String PARTS = "ARRAY['Alternator assembly','Brake pad set, front','Brake rotor','Cabin air filter',"
            + "'Oil filter','Side mirror, heated','Headlamp assembly','Water pump','Timing belt kit','Radiator',"
            + "'Fuel pump module','Oxygen sensor','Ignition coil','Wiper blade set','Door handle, exterior',"
            + "'Bumper cover, rear','Grille assembly','Starter motor','AC compressor','Catalytic converter',"
            + "'Spark plug','Serpentine belt','Thermostat housing','Wheel bearing hub','Control arm, lower',"
            + "'Tie rod end','Strut assembly','Tail lamp, left','Window regulator','Key fob transmitter']";
    static final String VENDORS = "ARRAY['Toyota Parts Center','Keystone Automotive','LKQ Corporation',"
            + "'Genuine Parts Co','Denso Direct','Bosch Service','Motorcraft Depot','ACDelco Supply',"
            + "'Mopar Express','Honda Parts Hub']";

    private BenchSeed() {
    }

    /** Customers and orders of one organization, spread over its rooftops, each order with its first history row. */
    static void seed(Statement s, String org, int customers, long orders) throws Exception {
        s.execute("INSERT INTO customers (organization_id, id, name, phone, email, may_call, may_sms, may_email,"
                + " opted_out, created_at, version)"
                + " SELECT '" + org + "', gen_random_uuid(),"
                + " (" + FIRST + ")[1 + g % 20] || ' ' || (" + LAST + ")[1 + (g / 20) % 30]"
                + " || CASE WHEN g % 5 = 0 THEN '-' || (" + LAST + ")[1 + (g / 7) % 30] ELSE '' END,"
                + " '+1' || (ARRAY['415','312','646','217','503','702'])[1 + g % 6] || '555' || lpad((g % 10000)::text, 4, '0'),"
                + " 'c' || g || '@' || (ARRAY['gmail.test','yahoo.test','dealer.test'])[1 + g % 3],"
                + " true, true, true, false, now() - g * interval '1 minute', 0"
                + " FROM generate_series(1, " + customers + ") g");
        s.execute("INSERT INTO special_orders (organization_id, id, rooftop_id, sop_number, customer_id,"
                + " vehicle_year, vehicle_make, vehicle_model, vehicle_vin, ro_number, part_number, description,"
                + " quantity, vendor, unit_price, non_returnable, notes, status, created_by_kind, created_by_id,"
                + " created_at, updated_at, version)"
                + " SELECT r.organization_id, gen_random_uuid(), r.ids[1 + g % cardinality(r.ids)], g, cs.ids[1 + g % cardinality(cs.ids)],"
                + " 2015 + g % 10, 'Toyota', 'Camry', 'JT' || lpad((g::bigint * 7919 % 1000000000000000)::text, 15, '0'),"
                + " 'RO-' || (100000 + g / 2), (ARRAY['TY','BK','HN','MP','DN','LX'])[1 + g % 6] || '-'"
                + " || lpad((g * 31 % 100000)::text, 5, '0'), (" + PARTS + ")[1 + g % 30], 1 + g % 3,"
                + " (" + VENDORS + ")[1 + g % 10], 10 + g % 500, false, '',"
                + " (ARRAY['REQUESTED','ORDERED','BACKORDERED','RECEIVED','COMPLETED'])[1 + g % 5],"
                + " 'SYSTEM', r.organization_id, now() - g * interval '10 seconds', now(), 0"
                + " FROM (SELECT organization_id, array_agg(id ORDER BY id) AS ids FROM rooftops"
                + " WHERE organization_id = '" + org + "' GROUP BY organization_id) r"
                + " JOIN (SELECT organization_id, array_agg(id) AS ids FROM customers"
                + " WHERE organization_id = '" + org + "' GROUP BY organization_id) cs USING (organization_id)"
                + " CROSS JOIN generate_series(1, " + orders + ") g");
        s.execute("INSERT INTO special_order_transitions (organization_id, special_order_id, seq, from_status,"
                + " to_status, actor_kind, actor_id, at)"
                + " SELECT organization_id, id, 1, 'REQUESTED', status, 'SYSTEM', organization_id, created_at"
                + " FROM special_orders WHERE organization_id = '" + org + "' AND status <> 'REQUESTED'");
    }

    /** The database is large (about a gigabyte at a million orders): it goes when the run ends. */
    /** The server on an embedded database of its own in {@code directory}, its jobs off, no public rate limit. */
    static EmbeddedServer server(Path directory) {
        return ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", "-1",
                "soptrack.database.embedded-directory", directory.toString(),
                "soptrack.rate-limit.public-per-minute", "100000",
                "soptrack.notify.jobs-enabled", "false",
                "soptrack.retention.jobs-enabled", "false"));
    }

    /** What a benchmark does with a database folder of its own. */
    interface InFolder {
        void run(Path directory) throws Exception;
    }

    /** Runs {@code work} on a fresh folder under {@code target/bench-postgres}, removed after unless {@code bench.keep}. */
    static void inFreshFolder(InFolder work) throws Exception {
        Path directory = Path.of("target", "bench-postgres", UUID.randomUUID().toString());
        try {
            work.run(directory);
        } finally {
            if (!Boolean.getBoolean("bench.keep")) {
                deleteTree(directory.getParent());
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }


    /** p50 and p99 in ms, and the p50 against a baseline's, under stable keys for {@code *.json}. */
    static Map<String, Object> latency(double[] measured, double[] baseline) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("p50Ms", measured[0]);
        figures.put("p99Ms", measured[1]);
        figures.put("p50Ratio", measured[0] / baseline[0]);
        return figures;
    }

    /** Writes {@code results} as JSON to {@code name} in the directory {@code bench.out}, when it is given. */
    static void writeResults(String name, Map<String, Object> results) throws IOException {
        String out = System.getProperty("bench.out");
        if (out != null) {
            Files.createDirectories(Path.of(out));
            Files.write(Path.of(out, name), JsonMapper.createDefault().writeValueAsBytes(results));
        }
    }
}

package se.styrplan.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The run's settings from its arguments (deploy/faults/run.sh --help). */
record Settings(int valuesPerScenario, int batch, Duration importSpread, Duration soak, Duration recoverTimeout, Duration postgresDown,
        List<Integer> scenarios) {

    static final String USAGE = """
            usage: deploy/faults/run.sh [--values-per-scenario N] [--batch N] [--import-seconds S] [--soak-minutes M]
                                        [--recover-timeout S] [--postgres-down-seconds S] [--scenarios 1,2,3,4,5]
              --values-per-scenario  values bulk-imported during each of scenarios 1-4 (default 250000: 1 M in all)
              --batch                values per bulk request (default 25000)
              --import-seconds       each import is spread over at least this long, so the fault lands mid-import (default 60)
              --soak-minutes         length of scenario 5, the soak (default 10)
              --recover-timeout      how long after a fault's end the checks may take to pass (default 300)
              --postgres-down-seconds  scenario 3 keeps PostgreSQL down this long between shutdown and start (default 0:
                                     a plain restart, as pg_ctl restart -m fast)
              --scenarios            which to run (default all): 1 broker killed, 2 reporting-service killed,
                                     3 PostgreSQL restarted, 4 network to Kafka frozen, 5 soak
            """;

    static Settings parse(String[] args) {
        int values = 250_000;
        int batch = 25_000;
        long spread = 60;
        double soak = 10;
        long recover = 300;
        long postgresDown = 0;
        List<Integer> scenarios = List.of(1, 2, 3, 4, 5);
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--values-per-scenario" -> values = Integer.parseInt(required(args[i], value));
                case "--batch" -> batch = Integer.parseInt(required(args[i], value));
                case "--import-seconds" -> spread = Long.parseLong(required(args[i], value));
                case "--soak-minutes" -> soak = Double.parseDouble(required(args[i], value));
                case "--recover-timeout" -> recover = Long.parseLong(required(args[i], value));
                case "--postgres-down-seconds" -> postgresDown = Long.parseLong(required(args[i], value));
                case "--scenarios" -> {
                    List<Integer> chosen = new ArrayList<>();
                    for (String s : required(args[i], value).split(",")) {
                        chosen.add(Integer.parseInt(s.trim()));
                    }
                    scenarios = List.copyOf(chosen);
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
            i++;
        }
        if (values <= 0 || batch <= 0 || spread < 0 || soak <= 0 || recover <= 0 || postgresDown < 0
                || scenarios.stream().anyMatch(s -> s < 1 || s > 5)) {
            throw new IllegalArgumentException("every number must be positive, and scenarios are 1 to 5");
        }
        return new Settings(values, batch, Duration.ofSeconds(spread), Duration.ofMillis((long) (soak * 60_000)),
                Duration.ofSeconds(recover), Duration.ofSeconds(postgresDown), scenarios);
    }

    private static String required(String name, String value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return value;
    }
}

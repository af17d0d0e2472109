package se.styrplan.faults.measure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.styrplan.faults.verdict.LoggedOutcome;
import se.styrplan.faults.verdict.RecordRef;

/**
 * reporting-service's consumers log each record they handled at DEBUG, after its transaction: "applied
 * styrplan.indicator.v1-3@1234 (key …)". The fault run switches that level on and keeps one log across the service's
 * restarts, so the lines of every lifetime of the service are here.
 */
public final class ConsumerLog {

    private static final Pattern LINE = Pattern.compile("\\b(applied|ignored|duplicate) (\\S+)-(\\d+)@(\\d+) \\(key ");

    private ConsumerLog() {
    }

    public static List<LoggedOutcome> read(Path log) throws IOException {
        // a reader that replaces malformed bytes: a line cut off by a kill -9 must not stop the count
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(log), StandardCharsets.UTF_8)) {
            return parse(reader);
        }
    }

    static List<LoggedOutcome> parse(Reader reader) throws IOException {
        List<LoggedOutcome> outcomes = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        while ((line = lines.readLine()) != null) {
            Matcher m = LINE.matcher(line);
            if (m.find()) {
                outcomes.add(new LoggedOutcome(m.group(1), new RecordRef(m.group(2), Integer.parseInt(m.group(3)), Long.parseLong(m.group(4)))));
            }
        }
        return outcomes;
    }
}

package deepdesk.core.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.Column;
import deepdesk.core.data.ColumnStats;
import deepdesk.core.data.CsvDialect;
import deepdesk.core.data.CsvFormatException;
import deepdesk.core.data.CsvImporter;
import deepdesk.core.data.CsvSniffer;
import deepdesk.core.data.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code inspect FILE.csv [--json]}: prints what the importer infers from a file: the dialect,
 * and each column's type, missing count and statistics. On a file it cannot read it prints one
 * line naming the line and column and exits with status 2.
 *
 * <p>Threading: runs on the caller's thread.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show what DeepDesk infers from a CSV file: the dialect and each column's "
                + "type, missing count and statistics.")
public final class InspectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the CSV file to inspect")
    Path file;

    @Option(names = "--json", description = "print one JSON object instead of a table")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CsvDialect dialect;
        Dataset dataset;
        try {
            dialect = CsvSniffer.sniff(file);
            dataset = new CsvImporter().read(file, dialect, ProgressListener.NONE);
        } catch (CsvFormatException e) {
            err.println(file.getFileName() + ": " + e.getMessage());
            err.flush();
            return DeepDeskCommand.EXIT_BAD_INPUT;
        } catch (NoSuchFileException e) {
            err.println(file + ": no such file");
            err.flush();
            return DeepDeskCommand.EXIT_BAD_INPUT;
        } catch (IOException e) {
            err.println(file + ": cannot be read (" + e.getMessage() + ")");
            err.flush();
            return DeepDeskCommand.EXIT_BAD_INPUT;
        }
        if (json) {
            printJson(out, dialect, dataset);
        } else {
            printTable(out, dialect, dataset);
        }
        out.flush();
        return 0;
    }

    private void printTable(PrintWriter out, CsvDialect dialect, Dataset dataset) {
        out.printf("File: %s (%d rows, %d columns)%n", file.getFileName(), dataset.rowCount(),
                dataset.columnCount());
        out.printf("Dialect: %s%n%n", dialect.describe());
        int width = Math.max(6, dataset.columns().stream().mapToInt(c -> c.name().length())
                .max().orElse(6));
        String row = "%-" + width + "s  %-11s %8s %8s  %10s %10s %10s %10s %10s %10s %10s  %s%n";
        out.printf(row, "column", "type", "missing", "distinct", "mean", "std", "min", "q1",
                "median", "q3", "max", "top values");
        for (Column column : dataset.columns()) {
            ColumnStats s = ColumnStats.of(column);
            String top = s.topValues().stream().map(v -> v.value() + " (" + v.count() + ")")
                    .collect(Collectors.joining(", "));
            out.printf(Locale.ROOT, row, column.name(), column.type(), s.missing(), s.distinct(),
                    number(s.mean()), number(s.std()), number(s.min()), number(s.q1()),
                    number(s.median()), number(s.q3()), number(s.max()), top);
        }
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.5g", v).replaceFirst("\\.?0+(e|$)", "$1");
    }

    private void printJson(PrintWriter out, CsvDialect dialect, Dataset dataset) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("file", file.getFileName().toString());
        root.put("rows", dataset.rowCount());
        ObjectNode d = root.putObject("dialect");
        d.put("delimiter", String.valueOf(dialect.delimiter()));
        d.put("header", dialect.hasHeader());
        d.put("quote", String.valueOf(dialect.quote()));
        d.put("decimalComma", dialect.decimalComma());
        d.put("charset", dialect.charset().name());
        ArrayNode markers = d.putArray("missingMarkers");
        dialect.missingMarkers().stream().sorted().forEach(markers::add);
        ArrayNode columns = root.putArray("columns");
        for (Column column : dataset.columns()) {
            ColumnStats s = ColumnStats.of(column);
            ObjectNode c = columns.addObject();
            c.put("name", column.name());
            c.put("type", column.type().name());
            c.put("count", s.count());
            c.put("missing", s.missing());
            c.put("distinct", s.distinct());
            putNumber(c, "mean", s.mean());
            putNumber(c, "std", s.std());
            putNumber(c, "min", s.min());
            putNumber(c, "q1", s.q1());
            putNumber(c, "median", s.median());
            putNumber(c, "q3", s.q3());
            putNumber(c, "max", s.max());
            ArrayNode top = c.putArray("topValues");
            for (ColumnStats.ValueCount v : s.topValues()) {
                top.addObject().put("value", v.value()).put("count", v.count());
            }
        }
        try {
            out.println(mapper.writeValueAsString(root));
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree of plain values always serialises", e);
        }
    }

    private static void putNumber(ObjectNode node, String field, double v) {
        if (Double.isNaN(v)) {
            node.putNull(field);
        } else {
            node.put(field, v);
        }
    }
}

package deepdesk.ui.dataset;

import deepdesk.core.data.CsvDialect;
import deepdesk.core.data.CsvPreview;
import deepdesk.ui.common.LatestResult;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * The import dialog's state: the dialect the sniffer guessed, as editable fields, and a live
 * preview of the first rows read with the fields as they are now. A problem (a dialect that
 * cannot be, a file that cannot be read) is a message for a person, never a stack trace. When
 * the file cannot be sniffed, the reason stays shown until the user changes a field.
 *
 * <p>Threading: FX thread only; sniffing and previews run on the background executor, the
 * newest edit winning.
 */
public final class ImportDialogModel {

    /** How many rows the preview shows. */
    public static final int PREVIEW_ROWS = 20;

    private final Path file;
    private final DataOperations operations;
    private final ObjectProperty<Character> delimiter = new SimpleObjectProperty<>(this, "delimiter", ',');
    private final BooleanProperty header = new SimpleBooleanProperty(this, "header", true);
    private final BooleanProperty decimalComma = new SimpleBooleanProperty(this, "decimalComma");
    private final StringProperty quote = new SimpleStringProperty(this, "quote", "\"");
    private final StringProperty missingMarkers = new SimpleStringProperty(this, "missingMarkers", "");
    private final ReadOnlyObjectWrapper<CsvDialect> dialect = new ReadOnlyObjectWrapper<>(this, "dialect");
    private final ReadOnlyObjectWrapper<CsvPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final LatestResult<CsvDialect> sniffs;
    private final LatestResult<CsvPreview> previews;
    private Charset charset = CsvDialect.DEFAULT.charset();
    private boolean loading;

    /**
     * Creates the model and starts sniffing {@code file}.
     *
     * @param background where sniffing and previews run
     * @param fx         where their results are delivered
     */
    public ImportDialogModel(Path file, DataOperations operations, Executor background, Executor fx) {
        this.file = file;
        this.operations = operations;
        this.sniffs = new LatestResult<>(background, fx);
        this.previews = new LatestResult<>(background, fx);
        fill(CsvDialect.DEFAULT);
        Observable[] fields = {delimiter, header, decimalComma, quote, missingMarkers};
        for (Observable field : fields) {
            field.addListener(o -> edited());
        }
        sniffs.submit(listener -> operations.sniff(file), sniffed -> {
            fill(sniffed);
            edited();
        }, failure -> problem.set(DatasetViewModel.messageOf(failure)));
    }

    private void fill(CsvDialect values) {
        loading = true;
        try {
            delimiter.set(values.delimiter());
            header.set(values.hasHeader());
            decimalComma.set(values.decimalComma());
            quote.set(Character.toString(values.quote()));
            missingMarkers.set(values.missingMarkers().stream().sorted().collect(Collectors.joining(", ")));
            charset = values.charset();
        } finally {
            loading = false;
        }
    }

    private void edited() {
        if (loading) {
            return;
        }
        CsvDialect chosen;
        try {
            chosen = build();
        } catch (IllegalArgumentException e) {
            dialect.set(null);
            previews.cancel();
            problem.set(capitalise(e.getMessage()) + ".");
            return;
        }
        dialect.set(chosen);
        previews.submit(listener -> operations.preview(file, chosen, PREVIEW_ROWS), rows -> {
            preview.set(rows);
            problem.set(rows.rows().isEmpty() ? "The file has no data rows with these settings." : null);
        }, failure -> {
            preview.set(null);
            problem.set(DatasetViewModel.messageOf(failure));
        });
    }

    private CsvDialect build() {
        String q = quote.get() == null ? "" : quote.get();
        if (q.length() != 1) {
            throw new IllegalArgumentException("the quote must be exactly one character");
        }
        Set<String> markers = new LinkedHashSet<>();
        Arrays.stream((missingMarkers.get() == null ? "" : missingMarkers.get()).split(","))
                .map(String::strip).filter(m -> !m.isEmpty()).forEach(markers::add);
        return new CsvDialect(delimiter.get(), header.get(), q.charAt(0), decimalComma.get(), markers, charset);
    }

    private static String capitalise(String text) {
        return text == null || text.isEmpty() ? "These settings are not possible"
                : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The file being imported. */
    public Path file() {
        return file;
    }

    /** The field delimiter. */
    public ObjectProperty<Character> delimiterProperty() {
        return delimiter;
    }

    /** Whether the first row names the columns. */
    public BooleanProperty headerProperty() {
        return header;
    }

    /** Whether numbers use a decimal comma. */
    public BooleanProperty decimalCommaProperty() {
        return decimalComma;
    }

    /** The quote character, as text. */
    public StringProperty quoteProperty() {
        return quote;
    }

    /** The missing markers, separated by commas. */
    public StringProperty missingMarkersProperty() {
        return missingMarkers;
    }

    /** The dialect the fields describe, or {@code null} when they describe none. */
    public ReadOnlyObjectProperty<CsvDialect> dialectProperty() {
        return dialect.getReadOnlyProperty();
    }

    /** The first rows read with the current dialect, or {@code null}. */
    public ReadOnlyObjectProperty<CsvPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** What is wrong, for a person to read, or {@code null}. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}

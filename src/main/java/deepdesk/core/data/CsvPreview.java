package deepdesk.core.data;

import java.util.List;

/**
 * The first rows of a file as raw strings, for the import dialog's live preview. Rows may have
 * fewer or more fields than the header: the preview shows the file as it is, and the full read
 * reports such rows.
 *
 * <p>Threading: immutable.
 *
 * @param header the column names from the header row, or generated names ({@code column_1},
 *               ...) when the dialect has no header
 * @param rows   the first data rows, each a list of the cells' texts as written in the file
 */
public record CsvPreview(List<String> header, List<List<String>> rows) {

    /** Copies the lists. */
    public CsvPreview {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }
}

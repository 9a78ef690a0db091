package deepdesk.core.spark;

import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.CsvDialect;
import deepdesk.core.data.CsvFormatException;
import deepdesk.core.data.CsvImporter;
import deepdesk.core.data.CsvSniffer;
import deepdesk.core.data.Dataset;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;

/**
 * The first 64 KiB of a CSV file anywhere Hadoop's file systems reach, read as DeepDesk reads a
 * local file: the dialect sniffed (unless given) and the columns' types inferred by the desktop's
 * own importer. Spark then reads the whole file with the schema these types give.
 *
 * <p>Threading: immutable once read; {@link #read} blocks on I/O.
 *
 * @param dialect how the file is written
 * @param sample  the sample's rows as a dataset, with the inferred column types
 */
record CsvSample(CsvDialect dialect, Dataset sample) {

    /** Bytes read from the start of the file: the sniffer's window. */
    static final int BYTES = 64 * 1024;

    /**
     * Reads the start of {@code uri}.
     *
     * @param dialect the dialect, or {@code null} to sniff it
     * @throws IllegalArgumentException when the file is missing, unreadable or not a table
     */
    static CsvSample read(String uri, CsvDialect dialect, Configuration hadoop) {
        byte[] head;
        boolean complete;
        try {
            Path path = new Path(uri);
            FileSystem fs = path.getFileSystem(hadoop);
            try (FSDataInputStream in = fs.open(path)) {
                byte[] buffer = new byte[BYTES];
                int filled = 0;
                int n;
                while (filled < BYTES && (n = in.read(buffer, filled, BYTES - filled)) > 0) {
                    filled += n;
                }
                complete = filled < BYTES || in.read() < 0;
                head = Arrays.copyOf(buffer, filled);
            }
        } catch (FileNotFoundException e) {
            throw new IllegalArgumentException("no such file: " + uri);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read " + uri + ": " + e.getMessage());
        }
        try {
            CsvDialect chosen = dialect != null ? dialect : CsvSniffer.sniff(head, complete);
            int length = head.length;
            if (!complete) {
                // only whole lines: a cut line would look like a ragged row
                while (length > 0 && head[length - 1] != '\n') {
                    length--;
                }
            }
            java.nio.file.Path file = Files.createTempFile("deepdesk-sample", ".csv");
            try {
                Files.write(file, Arrays.copyOf(head, length));
                Dataset sample = new CsvImporter().read(file, chosen, ProgressListener.NONE);
                return new CsvSample(chosen, sample);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (CsvFormatException e) {
            throw new IllegalArgumentException(uri + ": " + e.getMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read a sample of " + uri + ": "
                    + e.getMessage());
        }
    }
}

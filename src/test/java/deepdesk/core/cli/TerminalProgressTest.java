package deepdesk.core.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TerminalProgressTest {

    @Test
    void withoutATerminalItPrintsAPlainLinePerQuarter() {
        StringWriter text = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(text), "reading x.csv",
                false);
        for (int i = 0; i <= 100; i++) {
            progress.progress(i / 100.0, "");
        }
        progress.done();
        assertEquals(String.join(System.lineSeparator(), "reading x.csv: 0%",
                "reading x.csv: 25%", "reading x.csv: 50%", "reading x.csv: 75%",
                "reading x.csv: 100%") + System.lineSeparator(), text.toString());
    }

    @Test
    void onATerminalItRedrawsOneBarAndEndsTheLine() {
        StringWriter text = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(text), "predicting",
                true);
        progress.progress(0.5, "");
        progress.progress(1, "");
        progress.done();
        String out = text.toString();
        assertTrue(out.startsWith("\rpredicting [###############               ]  50%"), out);
        assertTrue(out.contains("\rpredicting [" + "#".repeat(30) + "] 100%"), out);
        assertTrue(out.endsWith(System.lineSeparator()), out);
        assertEquals(out.length() - System.lineSeparator().length(),
                out.indexOf(System.lineSeparator()), "one line, ended once");
    }
}

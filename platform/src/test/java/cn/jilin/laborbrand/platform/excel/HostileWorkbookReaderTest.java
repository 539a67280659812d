package cn.jilin.laborbrand.platform.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every workbook of the hostile corpus through the reader at the limits every import uses (a 7-column template): each
 * gets the answer its manifest line names. The generous timeout only catches a hang; it asserts no speed.
 */
class HostileWorkbookReaderTest {

    @TempDir
    Path dir;

    static Stream<HostileWorkbooks.Workbook> corpus() {
        return HostileWorkbooks.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theReaderGivesEachHostileWorkbookItsAnswer(HostileWorkbooks.Workbook workbook) throws Exception {
        Path file = dir.resolve("upload.xlsx");
        Files.write(file, workbook.content());
        List<String> firstCells = new ArrayList<>();
        SpreadsheetRefusedException refused = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try {
                XlsxReader.read(file, SpreadsheetLimits.template(7), (row, cells) -> firstCells.add(cells.get(0).text()));
                return null;
            } catch (SpreadsheetRefusedException e) {
                return e;
            }
        });
        if (workbook.refusedByReader()) {
            assertThat(refused).as(workbook.what()).isNotNull();
            assertThat(refused.messageKey()).as(workbook.what()).isEqualTo(workbook.messageKey());
        } else {
            assertThat(refused).as(workbook.what()).isNull();
            assertThat(firstCells).as("read through the lies").contains("伪造表头");
        }
    }

    @Test
    void theManifestListsEveryFileOfTheCorpusAndTheBombsAreTinyOnDisk() throws Exception {
        Path directory = Path.of(HostileWorkbooks.class.getResource("/" + HostileWorkbooks.DIRECTORY + "/" + HostileWorkbooks.MANIFEST).toURI()).getParent();
        List<String> listed = HostileWorkbooks.all().stream().map(HostileWorkbooks.Workbook::file).toList();
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(HostileWorkbooks.MANIFEST)))
                    .containsExactlyInAnyOrderElementsOf(listed);
        }
        assertThat(listed).doesNotHaveDuplicates();
        for (HostileWorkbooks.Workbook workbook : HostileWorkbooks.all()) {
            int limit = workbook.messageKey().equals("import.file.zipBomb") ? 64 * 1024 : 300 * 1024;
            assertThat(workbook.content().length).as(workbook.file()).isLessThan(limit);
        }
        // every kind of hostility the issue names has at least one file
        assertThat(HostileWorkbooks.all().stream().map(HostileWorkbooks.Workbook::messageKey).distinct()).contains(
                "import.cell.beyondTemplate", "import.cell.numberTooLong", "import.cell.tooLong", "import.file.tooManyStrings",
                "import.file.doctype", "import.file.tooDeep", "import.file.tooManySheets", "import.file.tooManyRows",
                "import.file.zipBomb", "import.file.tooManyEntries", "import.file.notXlsx", "import.file.xls", "import.file.corrupt");
    }
}

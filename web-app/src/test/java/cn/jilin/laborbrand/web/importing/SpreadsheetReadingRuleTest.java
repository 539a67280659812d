package cn.jilin.laborbrand.web.importing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Every module's imports go through the one bounded reader: no class outside {@code platform.excel} uses Apache POI,
 * so nobody can open an upload with POI's unbounded readers (XSSFWorkbook, OPCPackage, XSSFReader) on the side.
 */
class SpreadsheetReadingRuleTest {

    @Test
    void onlyThePlatformsExcelPackageUsesPoi() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.jilin.laborbrand");
        noClasses().that().resideOutsideOfPackage("cn.jilin.laborbrand.platform.excel..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
                .because("uploads are read by platform.excel.XlsxReader, bounded whatever the file claims")
                .check(classes);
    }
}

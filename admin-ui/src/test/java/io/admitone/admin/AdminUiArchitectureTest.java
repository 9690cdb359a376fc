package io.admitone.admin;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "io.admitone.admin", importOptions = ImportOption.DoNotIncludeTests.class)
class AdminUiArchitectureTest {

    @ArchTest
    static final ArchRule theAdminUiReachesDataOnlyThroughTheServersHttpApi = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.axonframework..", "org.jooq..", "java.sql..", "javax.sql..", "org.springframework.jdbc..")
            .because("the admin UI is a client of the server's HTTP API and never touches the database or Axon");

    @ArchTest
    static final ArchRule featurePackagesDoNotDependOnEachOtherInCycles = slices()
            .matching("io.admitone.admin.(*)..")
            .should().beFreeOfCycles();
}

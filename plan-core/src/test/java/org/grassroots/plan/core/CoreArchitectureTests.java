package org.grassroots.plan.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain model depends on no web, servlet, view or Spring Data code. */
@AnalyzeClasses(packages = "org.grassroots.plan.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTests {

    @ArchTest
    static final ArchRule domainModelDoesNotDependOnOutside = noClasses()
            .that()
            .resideInAPackage("..plan.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework.data..",
                    "org.springframework.web..",
                    "jakarta.servlet..",
                    "org.thymeleaf..",
                    "..plan.persistence..",
                    "..plan.web..");
}

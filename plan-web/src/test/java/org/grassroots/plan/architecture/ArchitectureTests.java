package org.grassroots.plan.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import jakarta.persistence.Entity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The module dependency rule (web → persistence → core) and coding rules, over every module's classes. */
@AnalyzeClasses(packages = "org.grassroots.plan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule coreKnowsNothingOfPersistenceOrWeb = noClasses()
            .that()
            .resideInAPackage("..plan.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "..plan.persistence..",
                    "..plan.web..",
                    "org.springframework.data..",
                    "org.springframework.web..",
                    "jakarta.servlet..",
                    "org.thymeleaf..");

    @ArchTest
    static final ArchRule persistenceKnowsNothingOfWeb = noClasses()
            .that()
            .resideInAPackage("..plan.persistence..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..plan.web..", "org.springframework.web..", "jakarta.servlet..", "org.thymeleaf..");

    @ArchTest
    static final ArchRule webWritesThroughCoreAndReadsOnlyQueriesOfPersistence = noClasses()
            .that()
            .resideInAPackage("..plan.web..")
            .should()
            .dependOnClassesThat(resideInAPackage("..plan.persistence..")
                    .and(assignableTo(Repository.class).or(resideInAPackage("..plan.persistence.database.."))));

    @ArchTest
    static final ArchRule persistenceHasNoCatchAllPackage =
            noClasses().should().resideInAnyPackage("..plan.persistence.reporting..", "..plan.persistence.util..");

    @ArchTest
    static final ArchRule entitiesLiveInCore =
            classes().that().areAnnotatedWith(Entity.class).should().resideInAPackage("..plan.core..");

    @ArchTest
    static final ArchRule controllersLiveInWeb = classes()
            .that()
            .areAnnotatedWith(Controller.class)
            .or()
            .areAnnotatedWith(RestController.class)
            .should()
            .resideInAPackage("..plan.web..");

    @ArchTest
    static final ArchRule noFieldInjection = noFields().should().beAnnotatedWith(Autowired.class);

    @ArchTest
    static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule noGenericExceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
}

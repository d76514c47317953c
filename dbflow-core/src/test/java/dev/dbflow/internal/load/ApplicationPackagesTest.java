package dev.dbflow.internal.load;

import dev.dbflow.testing.EntityCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16: the packages a Spring Boot application scans for entities, read from its classes as Spring Boot reads them. */
class ApplicationPackagesTest {

    private static final String BOOT_ANNOTATIONS = "org/springframework/boot/autoconfigure/";

    @TempDir
    Path project;

    private Path compile(Map<String, String> sources) {
        Map<String, String> all = new java.util.HashMap<>(sources);
        all.put(BOOT_ANNOTATIONS + "SpringBootApplication.java", "package org.springframework.boot.autoconfigure; "
                + "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME) "
                + "public @interface SpringBootApplication { }");
        all.put(BOOT_ANNOTATIONS + "domain/EntityScan.java", "package org.springframework.boot.autoconfigure.domain; "
                + "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME) "
                + "public @interface EntityScan { String[] value() default {}; String[] basePackages() default {}; "
                + "Class<?>[] basePackageClasses() default {}; }");
        return EntityCompiler.compile(all, project.resolve("target/classes"));
    }

    @Test
    void thePackageOfTheSpringBootApplicationClass() {
        Path classes = compile(Map.of("com/acme/shop/ShopApplication.java",
                "package com.acme.shop; @org.springframework.boot.autoconfigure.SpringBootApplication "
                        + "public class ShopApplication { }"));

        assertThat(ApplicationPackages.of(classes)).contains(new ApplicationPackages(List.of("com.acme.shop"),
                "@SpringBootApplication on com.acme.shop.ShopApplication"));
    }

    @Test
    void entityScansPackagesAndClassesWinOverTheApplicationsPackage() {
        Path classes = compile(Map.of(
                "com/acme/shop/ShopApplication.java", "package com.acme.shop; "
                        + "@org.springframework.boot.autoconfigure.SpringBootApplication public class ShopApplication { }",
                "com/acme/shop/JpaConfig.java", "package com.acme.shop; "
                        + "@org.springframework.boot.autoconfigure.domain.EntityScan(basePackages = \"com.acme.orders\", "
                        + "basePackageClasses = com.acme.billing.Invoice.class) public class JpaConfig { }",
                "com/acme/billing/Invoice.java", "package com.acme.billing; public class Invoice { }"));

        assertThat(ApplicationPackages.of(classes)).contains(new ApplicationPackages(
                List.of("com.acme.orders", "com.acme.billing"), "@EntityScan on com.acme.shop.JpaConfig"));
    }

    @Test
    void notASpringBootApplication() {
        Path classes = compile(Map.of("app/Item.java", "package app; public class Item { }"));

        assertThat(ApplicationPackages.of(classes)).isEqualTo(Optional.empty());
    }
}

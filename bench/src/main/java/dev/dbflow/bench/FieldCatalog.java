package dev.dbflow.bench;

import java.util.List;
import java.util.Locale;

/**
 * The building blocks of the synthetic model: business nouns and modules for entity names, the fields a
 * business entity typically has, and the shared enums and embeddable value types. Chosen to cover the column
 * kinds dbflow compares (lengths, precision and scale, dates and timestamps, booleans, UUIDs, binary, text,
 * large objects, enum checks).
 */
final class FieldCatalog {

    /** A field as a business entity declares it. */
    record Field(String type, String name, String columnArgs, String extraAnnotation, String importName) {

        /** Primitive fields are NOT NULL by Hibernate's rules, so the planner never makes them nullable. */
        boolean primitive() {
            return Character.isLowerCase(type.charAt(0)) && !type.equals("byte[]");
        }
    }

    /** An {@code @Enumerated(STRING)} enum and the field name entities use for it. */
    record EnumType(String className, String fieldName, List<String> values) {
    }

    /** An {@code @Embeddable} value type and the field name entities embed it under. */
    record Embeddable(String className, String fieldName, List<Field> fields) {
    }

    static final String BIG_DECIMAL = "java.math.BigDecimal";
    static final String LOCAL_DATE = "java.time.LocalDate";

    /** Enough nouns times modules for 1200 distinct entities; no noun is a PostgreSQL reserved word. */
    static final List<String> NOUNS = List.of(
            "Customer", "Supplier", "Product", "Category", "Warehouse", "SalesOrder", "OrderLine", "Invoice",
            "InvoiceLine", "Payment", "Shipment", "Carrier", "Employee", "Department", "Project", "Contract",
            "Ticket", "Account", "LedgerEntry", "Budget", "Campaign", "Lead", "Opportunity", "Quote", "PriceList",
            "Discount", "Store", "Region", "Vendor", "Asset", "Document", "Note", "Task", "Meeting", "Vehicle",
            "Route", "Delivery", "ReturnRequest", "Refund", "Subscription", "Plan", "Coupon", "Review",
            "Attachment", "Approval", "Timesheet", "Expense", "Receipt", "Batch", "StockMove", "Location", "Bin",
            "Tariff", "TaxCode", "Partner", "Contact", "Notification", "AuditEntry", "Complaint", "Enrollment");

    static final List<String> MODULES = List.of(
            "", "Sales", "Billing", "Hr", "Inventory", "Crm", "Logistics", "Finance", "Support", "Marketing",
            "Procurement", "Legal", "Fleet", "Retail", "Payroll", "Quality", "Service", "Compliance", "Treasury",
            "Facility");

    static final List<Field> FIELDS = List.of(
            new Field("String", "code", "length = 32", null, null),
            new Field("String", "name", "length = 120", null, null),
            new Field("String", "title", "length = 200", null, null),
            new Field("String", "description", "length = 2000", null, null),
            new Field("String", "email", "", null, null),
            new Field("String", "phone", "length = 30", null, null),
            new Field("String", "reference", "length = 40", null, null),
            new Field("String", "currency", "length = 3", null, null),
            new Field("String", "iban", "length = 34", null, null),
            new Field("String", "notes", "", "@Lob", null),
            new Field("String", "body", "length = Length.LONG32", null, "org.hibernate.Length"),
            new Field("int", "quantity", "", null, null),
            new Field("long", "sequenceNumber", "", null, null),
            new Field("Integer", "priority", "", null, null),
            new Field("Integer", "sortOrder", "", null, null),
            new Field("Long", "sizeBytes", "", null, null),
            new Field("Double", "score", "", null, null),
            new Field("BigDecimal", "amount", "precision = 19, scale = 2", null, BIG_DECIMAL),
            new Field("BigDecimal", "unitPrice", "precision = 12, scale = 2", null, BIG_DECIMAL),
            new Field("BigDecimal", "taxRate", "precision = 5, scale = 4", null, BIG_DECIMAL),
            new Field("BigDecimal", "weightKg", "precision = 10, scale = 3", null, BIG_DECIMAL),
            new Field("BigDecimal", "discountPercent", "precision = 5, scale = 2", null, BIG_DECIMAL),
            new Field("LocalDate", "validFrom", "", null, LOCAL_DATE),
            new Field("LocalDate", "validTo", "", null, LOCAL_DATE),
            new Field("LocalDate", "dueDate", "", null, LOCAL_DATE),
            new Field("LocalDate", "birthDate", "", null, LOCAL_DATE),
            new Field("LocalDate", "startDate", "", null, LOCAL_DATE),
            new Field("Instant", "createdAt", "", null, "java.time.Instant"),
            new Field("Instant", "approvedAt", "", null, "java.time.Instant"),
            new Field("LocalDateTime", "scheduledAt", "", null, "java.time.LocalDateTime"),
            new Field("LocalDateTime", "lastLoginAt", "", null, "java.time.LocalDateTime"),
            new Field("boolean", "active", "", null, null),
            new Field("boolean", "archived", "", null, null),
            new Field("boolean", "verified", "", null, null),
            new Field("Boolean", "newsletterOptIn", "", null, null),
            new Field("UUID", "externalId", "", null, "java.util.UUID"),
            new Field("byte[]", "checksum", "length = 32", null, null),
            new Field("byte[]", "thumbnail", "", null, null));

    static final List<EnumType> ENUMS = List.of(
            new EnumType("OrderStatus", "status", List.of("DRAFT", "SUBMITTED", "APPROVED", "SHIPPED", "CANCELLED")),
            new EnumType("Priority", "priorityLevel", List.of("LOW", "MEDIUM", "HIGH", "URGENT")),
            new EnumType("SalesChannel", "channel", List.of("WEB", "MOBILE", "STORE", "PARTNER")),
            new EnumType("RecordState", "state", List.of("ACTIVE", "SUSPENDED", "CLOSED")),
            new EnumType("PaymentMethod", "paymentMethod", List.of("CARD", "TRANSFER", "INVOICE", "CASH")));

    static final List<Embeddable> EMBEDDABLES = List.of(
            new Embeddable("PostalAddress", "address", List.of(
                    new Field("String", "street", "length = 200", null, null),
                    new Field("String", "city", "length = 100", null, null),
                    new Field("String", "postalCode", "length = 20", null, null),
                    new Field("String", "countryCode", "length = 2", null, null))),
            new Embeddable("ContactDetails", "contact", List.of(
                    new Field("String", "contactName", "length = 120", null, null),
                    new Field("String", "contactEmail", "", null, null),
                    new Field("String", "contactPhone", "length = 30", null, null))),
            new Embeddable("GeoPoint", "location", List.of(
                    new Field("Double", "latitude", "", null, null),
                    new Field("Double", "longitude", "", null, null))));

    private FieldCatalog() {
    }

    /** Returns {@code camelCase} as {@code camel_case}, as Spring's naming strategy does. */
    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** Returns {@code ClassName} as {@code className}. */
    static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}

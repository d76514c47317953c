package dev.dbflow.internal.load.hibernate;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

/**
 * The JSON and XML format mapper of a Hibernate booted for its mapping only: mapping a JSON or XML column needs no
 * mapper (the column type is the same whichever serializes the values), and finding one would fail where the
 * application's server supplies it (a Jakarta EE project's {@code jakartaee-api} brings JSON-B's API, the server its
 * implementation). dbflow never reads or writes a value.
 */
public final class MappingOnlyFormatMapper implements FormatMapper {

    @Override
    public <T> T fromString(CharSequence charSequence, JavaType<T> javaType, WrapperOptions wrapperOptions) {
        throw unused();
    }

    @Override
    public <T> String toString(T value, JavaType<T> javaType, WrapperOptions wrapperOptions) {
        throw unused();
    }

    private static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("dbflow builds the mapping only and reads or writes no value");
    }
}

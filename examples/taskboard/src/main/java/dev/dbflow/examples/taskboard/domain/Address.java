package dev.dbflow.examples.taskboard.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address, stored in the columns of its owner. */
@Embeddable
public class Address {

    @Column(length = 200)
    private String street;

    @Column(length = 100)
    private String city;

    @Column(length = 20)
    private String postalCode;

    /** ISO 3166-1 alpha-2 country code. */
    @Column(length = 2)
    private String country;

    protected Address() {
    }

    public Address(String street, String city, String postalCode, String country) {
        this.street = street;
        this.city = city;
        this.postalCode = postalCode;
        this.country = country;
    }
}

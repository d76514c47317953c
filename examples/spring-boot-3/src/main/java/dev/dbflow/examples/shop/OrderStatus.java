package dev.dbflow.examples.shop;

public enum OrderStatus {
    NEW, PAID, SHIPPED, CANCELLED
}

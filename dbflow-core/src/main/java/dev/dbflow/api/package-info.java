package dev.dbflow.api;

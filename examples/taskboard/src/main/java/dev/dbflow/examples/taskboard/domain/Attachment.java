package dev.dbflow.examples.taskboard.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Metadata of a file uploaded to a task (the content lives in object storage). */
@Entity
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 255)
    private String fileName;

    @Column(length = 100)
    private String contentType;

    private long sizeBytes;

    @ManyToOne(fetch = FetchType.LAZY)
    private Task task;

    protected Attachment() {
    }

    public Attachment(Task task, String fileName, String contentType, long sizeBytes) {
        this.task = task;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
    }
}

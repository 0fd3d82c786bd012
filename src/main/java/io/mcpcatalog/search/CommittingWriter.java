package io.mcpcatalog.search;

import java.io.Closeable;
import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.store.Directory;

/**
 * Serialises changes to the index and makes each one all-or-nothing: it ends in a commit or, on failure, is rolled
 * back, so that no later commit can publish half of it (a rebuild that failed midway would leave the index empty).
 */
final class CommittingWriter implements Closeable {

    interface Change {
        void apply(IndexWriter writer) throws IOException;
    }

    private final Directory directory;
    private final Analyzer analyzer;
    private IndexWriter writer;

    CommittingWriter(Directory directory, Analyzer analyzer) throws IOException {
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = newWriter();
        if (!DirectoryReader.indexExists(directory)) {
            writer.commit(); // an empty first commit, without format marker, for searchers to open
        }
    }

    synchronized void commit(Change change) throws IOException {
        try {
            change.apply(writer);
            writer.commit();
        } catch (Throwable failure) {
            rollbackToLastCommit(failure);
            throw failure;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        writer.close();
    }

    /** Rollback closes the writer; a fresh one continues from the last commit. */
    private void rollbackToLastCommit(Throwable failure) {
        try {
            writer.rollback();
            writer = newWriter();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private IndexWriter newWriter() throws IOException {
        return new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(OpenMode.CREATE_OR_APPEND));
    }
}

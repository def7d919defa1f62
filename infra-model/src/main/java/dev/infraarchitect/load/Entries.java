package dev.infraarchitect.load;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The entries of one mapping node in the order written, found by key. Most mappings have a handful of entries and are
 * searched by a scan; a hash index is made only once a mapping grows past {@value #SCANNED}. A large descriptor has
 * hundreds of thousands of mappings, and a {@code LinkedHashMap} for each was a third of the read tree's memory.
 * Not thread-safe while being filled; read-only afterwards.
 */
final class Entries {

    private static final int SCANNED = 8;

    private Node.Entry[] entries = new Node.Entry[4];
    private int size;
    private Map<String, Node.Entry> index; // only for large mappings

    /** The entry of {@code key}, or null. */
    Node.Entry get(String key) {
        if (index != null) {
            return index.get(key);
        }
        for (int i = 0; i < size; i++) {
            if (entries[i].key().equals(key)) {
                return entries[i];
            }
        }
        return null;
    }

    /** Adds {@code entry} at the end; the caller has checked that its key is new. */
    void add(Node.Entry entry) {
        if (size == entries.length) {
            entries = Arrays.copyOf(entries, size * 2);
        }
        entries[size++] = entry;
        if (index != null) {
            index.put(entry.key(), entry);
        } else if (size > SCANNED) {
            index = new HashMap<>(size * 2);
            for (int i = 0; i < size; i++) {
                index.put(entries[i].key(), entries[i]);
            }
        }
    }

    /** Adds {@code entry} unless its key is taken; answers whether it was added. */
    boolean addIfAbsent(Node.Entry entry) {
        if (get(entry.key()) != null) {
            return false;
        }
        add(entry);
        return true;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The entries in the order written, as a read-only view. */
    List<Node.Entry> values() {
        return new View();
    }

    private final class View extends AbstractList<Node.Entry> implements RandomAccess {

        @Override
        public Node.Entry get(int i) {
            if (i < 0 || i >= size) {
                throw new IndexOutOfBoundsException(i);
            }
            return entries[i];
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** Equal when the same entries come in the same order. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Entries other && values().equals(other.values());
    }

    @Override
    public int hashCode() {
        return values().hashCode();
    }

    @Override
    public String toString() {
        return values().toString();
    }
}

package org.civmap.core.network;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * A walkable network as a compact directed graph in compressed-sparse-row form: node coordinates
 * (1e-7 degree integers), and for each node its outgoing arcs with their target and flat-ground
 * equivalent length. Every arc is a straight segment (way geometry is split at every OSM node), so
 * the network draws itself without a separate geometry store. Immutable and thread-safe.
 *
 * <p>Memory: 8 bytes a node for coordinates, 4 a node for the row index and 8 an arc, so about
 * 22 bytes per undirected edge on a grid-like network.
 */
public final class WalkNetwork {

    static final int MAGIC = 0x43564e31; // "CVN1"
    static final int FORMAT_VERSION = 1;

    private final int[] lonE7;
    private final int[] latE7;
    private final int[] firstArc;
    private final int[] arcTarget;
    private final int[] arcCostCm;
    private final String source;

    /**
     * Creates a network from its arrays; they are not copied, so the caller must not change them.
     *
     * @param firstArc length nodes + 1; arcs of node n are {@code firstArc[n] .. firstArc[n+1]-1}
     * @param arcCostCm flat-ground equivalent length of each arc in centimetres: the real length
     *     divided by the way's speed factor (steps are slower), so that time = cost / speed
     */
    WalkNetwork(int[] lonE7, int[] latE7, int[] firstArc, int[] arcTarget, int[] arcCostCm, String source) {
        if (lonE7.length != latE7.length || firstArc.length != lonE7.length + 1) {
            throw new IllegalArgumentException("node arrays disagree: " + lonE7.length + " lon, " + latE7.length
                    + " lat, " + firstArc.length + " row starts");
        }
        if (arcTarget.length != arcCostCm.length || firstArc[lonE7.length] != arcTarget.length) {
            throw new IllegalArgumentException("arc arrays disagree: " + arcTarget.length + " targets, "
                    + arcCostCm.length + " costs, row end " + firstArc[lonE7.length]);
        }
        this.lonE7 = lonE7;
        this.latE7 = latE7;
        this.firstArc = firstArc;
        this.arcTarget = arcTarget;
        this.arcCostCm = arcCostCm;
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Returns the number of nodes. */
    public int nodeCount() {
        return lonE7.length;
    }

    /** Returns the number of directed arcs (a two-way segment counts twice). */
    public int arcCount() {
        return arcTarget.length;
    }

    /** Returns a description of where the network came from (file name, size, parameters). */
    public String source() {
        return source;
    }

    /** Returns a node's longitude in degrees. */
    public double lon(int node) {
        return lonE7[node] / 1e7;
    }

    /** Returns a node's latitude in degrees. */
    public double lat(int node) {
        return latE7[node] / 1e7;
    }

    /** Returns the first outgoing arc of a node; its arcs are {@code firstArc(n) .. endArc(n)-1}. */
    public int firstArc(int node) {
        return firstArc[node];
    }

    /** Returns one past the last outgoing arc of a node. */
    public int endArc(int node) {
        return firstArc[node + 1];
    }

    /** Returns the node an arc leads to. */
    public int arcTarget(int arc) {
        return arcTarget[arc];
    }

    /** Returns an arc's flat-ground equivalent length in centimetres (length ÷ speed factor). */
    public int arcCostCm(int arc) {
        return arcCostCm[arc];
    }

    /** Returns the bytes the arrays take, for the memory figures of the benchmark. */
    public long arrayBytes() {
        return 4L * (lonE7.length + latE7.length + firstArc.length + arcTarget.length + arcCostCm.length);
    }

    /**
     * Writes the network to a file, atomically (a temporary file is renamed into place).
     *
     * @throws IOException when the file cannot be written
     */
    public void save(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream raw = Files.newOutputStream(tmp);
                DataOutputStream out = new DataOutputStream(raw)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT_VERSION);
            out.writeUTF(source);
            out.writeInt(lonE7.length);
            out.writeInt(arcTarget.length);
            out.flush();
            WritableByteChannel ch = Channels.newChannel(raw);
            for (int[] a : new int[][] {lonE7, latE7, firstArc, arcTarget, arcCostCm}) {
                writeInts(ch, a);
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Reads a network written by {@link #save}.
     *
     * @throws IOException when the file is missing, truncated or of another format version
     */
    public static WalkNetwork load(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(raw)) {
            if (in.readInt() != MAGIC) {
                throw new IOException(file + ": not a civmap walking network");
            }
            int version = in.readInt();
            if (version != FORMAT_VERSION) {
                throw new IOException(file + ": network format " + version + ", this civmap reads " + FORMAT_VERSION
                        + "; rebuild it with ./civmap network build");
            }
            String source = in.readUTF();
            int nodes = in.readInt();
            int arcs = in.readInt();
            ReadableByteChannel ch = Channels.newChannel(in);
            int[] lon = readInts(ch, nodes, file);
            int[] lat = readInts(ch, nodes, file);
            int[] first = readInts(ch, nodes + 1, file);
            int[] target = readInts(ch, arcs, file);
            int[] cost = readInts(ch, arcs, file);
            return new WalkNetwork(lon, lat, first, target, cost, source);
        }
    }

    private static void writeInts(WritableByteChannel ch, int[] a) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        int i = 0;
        while (i < a.length) {
            buf.clear();
            int n = Math.min(a.length - i, buf.capacity() / 4);
            buf.asIntBuffer().put(a, i, n);
            buf.limit(n * 4);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            i += n;
        }
    }

    private static int[] readInts(ReadableByteChannel ch, int count, Path file) throws IOException {
        int[] a = new int[count];
        ByteBuffer buf = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        int i = 0;
        while (i < count) {
            buf.clear();
            buf.limit(Math.min(buf.capacity(), (count - i) * 4));
            while (buf.hasRemaining()) {
                if (ch.read(buf) < 0) {
                    throw new IOException(file + ": truncated network file");
                }
            }
            buf.flip();
            int n = buf.remaining() / 4;
            buf.asIntBuffer().get(a, i, n);
            i += n;
        }
        return a;
    }
}

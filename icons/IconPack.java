import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Packs the rendered PNGs into a Windows {@code .ico} and a macOS {@code .icns}. Both formats may hold PNG data
 * as it is, so no image library is needed: {@code java IconPack.java PNG_DIR ICO_FILE ICNS_FILE}.
 */
public final class IconPack {
    private static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};

    /** ICNS element types that take PNG data, and the pixel size each expects. */
    private static final Map<String, Integer> ICNS_TYPES = new LinkedHashMap<>();

    static {
        ICNS_TYPES.put("icp4", 16);
        ICNS_TYPES.put("icp5", 32);
        ICNS_TYPES.put("icp6", 64);
        ICNS_TYPES.put("ic07", 128);
        ICNS_TYPES.put("ic08", 256);
        ICNS_TYPES.put("ic09", 512);
        ICNS_TYPES.put("ic10", 1024); // 512 pt at 2x
        ICNS_TYPES.put("ic11", 32);   // 16 pt at 2x
        ICNS_TYPES.put("ic12", 64);   // 32 pt at 2x
        ICNS_TYPES.put("ic13", 256);  // 128 pt at 2x
        ICNS_TYPES.put("ic14", 512);  // 256 pt at 2x
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java IconPack.java PNG_DIR ICO_FILE ICNS_FILE");
            System.exit(2);
        }
        Path pngs = Path.of(args[0]);
        Files.write(Path.of(args[1]), ico(pngs));
        Files.write(Path.of(args[2]), icns(pngs));
    }

    private static byte[] png(Path dir, int size) throws IOException {
        Path file = dir.resolve("intake-" + size + ".png");
        byte[] data = Files.readAllBytes(file);
        ByteBuffer header = ByteBuffer.wrap(data).order(ByteOrder.BIG_ENDIAN);
        // IHDR follows the 8-byte signature and the chunk's length and type: width at 16, height at 20.
        if (data.length < 24 || header.getInt(12) != 0x49484452 || header.getInt(16) != size
                || header.getInt(20) != size) {
            throw new IOException(file + " is not a " + size + "x" + size + " PNG");
        }
        return data;
    }

    private static byte[] ico(Path dir) throws IOException {
        byte[][] images = new byte[ICO_SIZES.length][];
        for (int i = 0; i < ICO_SIZES.length; i++) {
            images[i] = png(dir, ICO_SIZES[i]);
        }
        int directorySize = 6 + 16 * images.length;
        ByteBuffer out = ByteBuffer.allocate(directorySize + totalLength(images)).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) images.length);
        int offset = directorySize;
        for (int i = 0; i < images.length; i++) {
            int size = ICO_SIZES[i];
            out.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)); // 0 stands for 256
            out.put((byte) 0).put((byte) 0);           // no palette, reserved
            out.putShort((short) 1).putShort((short) 32); // colour planes, bits per pixel
            out.putInt(images[i].length).putInt(offset);
            offset += images[i].length;
        }
        for (byte[] image : images) {
            out.put(image);
        }
        return out.array();
    }

    private static byte[] icns(Path dir) throws IOException {
        ByteArrayOutputStream elements = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(elements); // big-endian, as ICNS wants
        for (Map.Entry<String, Integer> type : ICNS_TYPES.entrySet()) {
            byte[] image = png(dir, type.getValue());
            data.writeBytes(type.getKey());
            data.writeInt(8 + image.length);
            data.write(image);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(8 + elements.size());
        elements.writeTo(file);
        return file.toByteArray();
    }

    private static int totalLength(byte[][] images) {
        int total = 0;
        for (byte[] image : images) {
            total += image.length;
        }
        return total;
    }
}

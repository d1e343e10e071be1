package nl.overstap.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an OpenDocument package so that equal content gives equal bytes (R21): odfdom stamps
 * every zip entry with the clock. Entries keep their order and content; {@code mimetype} stays
 * first and uncompressed, as ODF requires.
 */
final class Packages {
    private Packages() {
    }

    static byte[] normalise(byte[] zip, LocalDate date) {
        LocalDateTime time = date.atStartOfDay();
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                ZipEntry copy = new ZipEntry(entry.getName());
                // Local time as stored: the same in every time zone.
                copy.setTimeLocal(time);
                if (entry.getName().equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(content.length);
                    copy.setCompressedSize(content.length);
                    copy.setCrc(crc.getValue());
                }
                rewritten.putNextEntry(copy);
                rewritten.write(content);
                rewritten.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

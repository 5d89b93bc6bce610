package org.soptrack.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The label's QR code, painted from its SVG path into pixels and read back by ZXing's reader, says the link. */
class QrCodeTest {

    private static final int SCALE = 4;

    @Test
    void the_drawn_code_reads_back_as_the_link() throws Exception {
        String link = "https://soptrack.example/sops/0b0e6b7e-8f0c-4c2f-9a43-3c1f4e3a1d2b";
        QrCode code = QrCode.of(link);

        int side = code.size() * SCALE;
        int[] pixels = new int[side * side];
        Arrays.fill(pixels, 0xFFFFFF);
        Matcher module = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(code.path());
        int dark = 0;
        while (module.find()) {
            int x = Integer.parseInt(module.group(1));
            int y = Integer.parseInt(module.group(2));
            for (int dy = 0; dy < SCALE; dy++) {
                for (int dx = 0; dx < SCALE; dx++) {
                    pixels[(y * SCALE + dy) * side + x * SCALE + dx] = 0x000000;
                }
            }
            dark++;
        }
        assertThat(dark).isGreaterThan(100);
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(side, side, pixels)))).getText();
        assertThat(read).isEqualTo(link);
    }
}

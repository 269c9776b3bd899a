package org.marketingworkbench.data.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EncodingDetectorTest {

    private static final String CHINESE = "姓名,城市,金额\n张伟,北京,100\n王芳,上海,250\n李娜,广州,75\n";
    private static final Charset GBK = Charset.forName("GBK");

    private static byte[] withBom(byte[] bom, byte[] text) {
        byte[] all = Arrays.copyOf(bom, bom.length + text.length);
        System.arraycopy(text, 0, all, bom.length, text.length);
        return all;
    }

    @Test
    void plainUtf8IsUtf8() {
        EncodingGuess guess = EncodingDetector.detect(CHINESE.getBytes(StandardCharsets.UTF_8), true, null);
        assertThat(guess.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(guess.bomLength()).isZero();
        assertThat(guess.detected()).isTrue();
    }

    @Test
    void utf8ByteOrderMarkIsSkipped() {
        byte[] bytes = withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "a,b\n".getBytes(StandardCharsets.UTF_8));
        EncodingGuess guess = EncodingDetector.detect(bytes, true, null);
        assertThat(guess.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(guess.bomLength()).isEqualTo(3);
    }

    @Test
    void utf16ByteOrderMarksTellTheByteOrder() {
        byte[] little = withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, CHINESE.getBytes(StandardCharsets.UTF_16LE));
        byte[] big = withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, CHINESE.getBytes(StandardCharsets.UTF_16BE));
        assertThat(EncodingDetector.detect(little, true, null).charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(EncodingDetector.detect(big, true, null).charset()).isEqualTo(StandardCharsets.UTF_16BE);
        assertThat(EncodingDetector.detect(big, true, null).bomLength()).isEqualTo(2);
    }

    @Test
    void gbkChineseIsDetectedAsGb18030() {
        EncodingGuess guess = EncodingDetector.detect(CHINESE.getBytes(GBK), true, null);
        assertThat(guess.charset()).isEqualTo(EncodingDetector.GB18030);
        assertThat(guess.fallback()).isFalse();
    }

    @Test
    void westernTextFallsBackToWindows1252AndSaysSo() {
        byte[] bytes = "name,city\nJosé,Zürich\nRenée,Besançon\n".getBytes(Charset.forName("windows-1252"));
        EncodingGuess guess = EncodingDetector.detect(bytes, true, null);
        assertThat(guess.charset()).isEqualTo(EncodingDetector.WINDOWS_1252);
        assertThat(guess.fallback()).isTrue();
    }

    @Test
    void gbkOpenedAsUtf8IsUnreadableAndGb18030IsProposed() {
        EncodingGuess guess = EncodingDetector.detect(CHINESE.getBytes(GBK), true, StandardCharsets.UTF_8);
        assertThat(guess.readable()).isFalse();
        assertThat(guess.suggestion()).isEqualTo(EncodingDetector.GB18030);
        assertThat(guess.detected()).isFalse();
    }

    @Test
    void utf8OpenedAsGb18030ProposesUtf8() {
        EncodingGuess guess = EncodingDetector.detect(CHINESE.getBytes(StandardCharsets.UTF_8), true,
                EncodingDetector.GB18030);
        assertThat(guess.suggestion()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aCharacterCutAtTheEndOfAPartialHeadIsNotAnError() {
        byte[] bytes = CHINESE.getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 2);
        assertThat(EncodingDetector.detect(cut, false, null).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void nulBytesMeanBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertThat(EncodingDetector.looksBinary(png, png.length)).isTrue();
        byte[] text = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
        assertThat(EncodingDetector.looksBinary(text, text.length)).isFalse();
    }
}

package dev.clauselint.lsp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PositionMapperTest {

    private static PositionMapper.Position pos(int line, int character) {
        return new PositionMapper.Position(line, character);
    }

    @Test
    void linesEndAtLfCrLfAndCr() {
        String text = "ab\ncd\r\nef\rgh";
        PositionMapper m = new PositionMapper(text);
        assertEquals(4, m.lineCount());
        assertEquals(pos(0, 0), m.position(0));
        assertEquals(pos(0, 2), m.position(2));
        assertEquals(pos(1, 0), m.position(text.indexOf('c')));
        assertEquals(pos(2, 0), m.position(text.indexOf('e')));
        assertEquals(pos(3, 0), m.position(text.indexOf('g')));
        assertEquals(pos(3, 2), m.position(text.length()));
    }

    @Test
    void offsetInsideCrLfIsTheEndOfItsLine() {
        PositionMapper m = new PositionMapper("ab\r\ncd");
        assertEquals(pos(0, 2), m.position(2));
        assertEquals(pos(0, 2), m.position(3));
        assertEquals(pos(1, 0), m.position(4));
    }

    @Test
    void emojiCountsAsTwoUtf16Characters() {
        String text = "😀x\n😀😀y";
        PositionMapper m = new PositionMapper(text);
        assertEquals(pos(0, 2), m.position(text.indexOf('x')));
        assertEquals(pos(1, 4), m.position(text.indexOf('y')));
        assertEquals(text.indexOf('y'), m.offset(1, 4));
    }

    @Test
    void emptyTextAndTrailingNewline() {
        PositionMapper empty = new PositionMapper("");
        assertEquals(1, empty.lineCount());
        assertEquals(pos(0, 0), empty.position(0));
        PositionMapper trailing = new PositionMapper("a\n");
        assertEquals(2, trailing.lineCount());
        assertEquals(pos(1, 0), trailing.position(2));
    }

    @Test
    void outOfRangeIsClamped() {
        PositionMapper m = new PositionMapper("abc\ndef");
        assertEquals(pos(0, 0), m.position(-5));
        assertEquals(pos(1, 3), m.position(99));
        assertEquals(3, m.offset(0, 99));
        assertEquals(7, m.offset(9, 0));
        assertEquals(0, m.offset(-1, 0));
    }

    @Test
    void offsetAndPositionRoundTrip() {
        String text = "Ünïcode 😀\r\nline two\rthree\n\nfive\u00A0\u200B";
        PositionMapper m = new PositionMapper(text);
        for (int o = 0; o <= text.length(); o++) {
            if (o > 0 && text.charAt(o - 1) == '\r' && o < text.length() && text.charAt(o) == '\n') continue;
            PositionMapper.Position p = m.position(o);
            assertEquals(o, m.offset(p.line(), p.character()), "offset " + o);
        }
    }
}

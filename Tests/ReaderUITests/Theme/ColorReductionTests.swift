import Testing
@testable import ReaderUI

@Suite("Colour parsing and reduction")
struct ColorReductionTests {
    @Test("Colour strings: names, default, numbers, #rrggbb; nonsense is rejected")
    func parsing() {
        #expect(ThemeColor.parse("red") == .some(.red))
        #expect(ThemeColor.parse("Bright-Blue") == .some(.brightBlue))
        #expect(ThemeColor.parse("bright_white") == .some(.indexed(15)))
        #expect(ThemeColor.parse("grey") == .some(.brightBlack))
        #expect(ThemeColor.parse("default") == .some(nil))
        #expect(ThemeColor.parse("208") == .some(.indexed(208)))
        #expect(ThemeColor.parse("#FF8000") == .some(.rgb(255, 128, 0)))
        for bad in ["256", "-1", "#ff80", "#gg0000", "purple", "", "#ff00001"] {
            #expect(ThemeColor.parse(bad) == nil, "\(bad)")
        }
        #expect(ThemeColor.rgb(0, 43, 54).description == "#002b36")
        #expect(ThemeColor.indexed(9).description == "bright-red")
    }

    @Test("#rrggbb goes to the nearest of the 256 (cube or grey ramp)",
          arguments: [
            (0xff0000, 196), (0x000000, 16), (0xffffff, 231), (0x00ff00, 46),
            (0x5f87af, 67),   // exactly on the cube
            (0x808080, 244), (0x1c1c1c, 234), (0xeeeeee, 255), (0x080808, 232),
            (0x002b36, 234), // solarized base03: the grey is nearer than the navy cube entry
            (0x268bd2, 32),  // solarized blue
            (0xb58900, 136), // solarized yellow
            (0xfdf6e3, 230), // solarized base3
          ])
    func to256(hex: Int, expected: Int) {
        let rgb = ColorReduction.RGB(hex >> 16, hex >> 8 & 0xff, hex & 0xff)
        #expect(Int(ColorReduction.nearest256(rgb)) == expected)
        #expect(ColorReduction.index(of: .rgb(UInt8(hex >> 16), UInt8(hex >> 8 & 0xff), UInt8(hex & 0xff)), at: .full256) == expected)
    }

    @Test("Every cube and grey index maps back to itself")
    func roundTrip() {
        for i in 16...255 {
            #expect(Int(ColorReduction.nearest256(ColorReduction.rgb(ofIndex: UInt8(i)))) == i)
        }
    }

    @Test("256 to 16: the 16 keep their numbers, the rest go to the nearest by value",
          arguments: [(1, 1), (9, 9), (15, 15), (196, 9), (160, 1), (46, 10), (21, 4), (231, 15), (244, 8), (250, 7), (16, 0), (234, 0), (226, 11), (136, 3)])
    func to16(index: Int, expected: Int) {
        #expect(Int(ColorReduction.reduce(index: UInt8(index), toBasic: 16)) == expected)
        #expect(ColorReduction.index(of: .indexed(UInt8(index)), at: .sixteen) == expected)
    }

    @Test("256 to 8: bright colours fall back to their plain ones, the rest to the nearest",
          arguments: [(3, 3), (9, 1), (15, 7), (8, 0), (196, 1), (46, 2), (231, 7), (244, 7), (238, 0), (226, 3), (21, 4), (51, 6), (102, 7)])
    func to8(index: Int, expected: Int) {
        #expect(Int(ColorReduction.reduce(index: UInt8(index), toBasic: 8)) == expected)
        #expect(ColorReduction.index(of: .indexed(UInt8(index)), at: .eight) == expected)
    }

    @Test("#rrggbb on 16 and 8 colours goes straight to the nearest named colour")
    func rgbToBasic() {
        #expect(ColorReduction.index(of: .rgb(0xdc, 0x32, 0x2f), at: .sixteen) == 1)   // solarized red
        #expect(ColorReduction.index(of: .rgb(0xfd, 0xf6, 0xe3), at: .sixteen) == 15)  // base3
        #expect(ColorReduction.index(of: .rgb(0xfd, 0xf6, 0xe3), at: .eight) == 7)
        #expect(ColorReduction.index(of: .rgb(0x00, 0x2b, 0x36), at: .eight) == 0)     // base03
        #expect(ColorReduction.index(of: .red, at: .none) == nil)
    }

    @Test("Greys go by lightness, not to the nearest hue")
    func greys() {
        #expect(ColorReduction.nearestBasic(.init(128, 128, 128), count: 8) == 7)   // not yellow
        #expect(ColorReduction.nearestBasic(.init(128, 128, 128), count: 16) == 8)
        #expect(ColorReduction.nearestBasic(.init(90, 90, 90), count: 16) == 8)
        #expect(ColorReduction.nearestBasic(.init(40, 40, 40), count: 16) == 0)
        #expect(ColorReduction.nearestBasic(.init(200, 210, 205), count: 16) == 7)
    }

    @Test("Two colours that reduce to one: the text turns black or white instead of vanishing")
    func collision() {
        // #262626 and #303030 are both grey-ish dark: black on black on an 8-colour terminal.
        let a = Appearance(.rgb(0x60, 0x60, 0x60), on: .rgb(0x1c, 0x1c, 0x1c))
        #expect(a.resolved(at: .eight) == ResolvedStyle(foreground: 7, background: 0))
        let light = Appearance(.rgb(0xee, 0xe8, 0xd5), on: .rgb(0xfd, 0xf6, 0xe3))
        #expect(light.resolved(at: .eight) == ResolvedStyle(foreground: 0, background: 7))
        #expect(light.resolved(at: .full256).foreground != light.resolved(at: .full256).background)
        // The same colour on purpose stays as it is.
        #expect(Appearance(.blue, on: .blue).resolved(at: .eight) == ResolvedStyle(foreground: 4, background: 4))
    }

    @Test("What curses reports becomes a depth")
    func depth() {
        #expect(ColorDepth(colors: 0) == .none)
        #expect(ColorDepth(colors: 8) == .eight)
        #expect(ColorDepth(colors: 16) == .sixteen)
        #expect(ColorDepth(colors: 88) == .sixteen)
        #expect(ColorDepth(colors: 256) == .full256)
        #expect(ColorDepth(colors: 16_777_216) == .full256)
    }
}

/// Reducing colours to what a terminal has: `#rrggbb` to the nearest of xterm's 256 (the 6×6×6
/// cube and the 24 greys; the first 16 are left out because every terminal paints them its
/// own way), and any colour to the nearest of the 16 or the 8 basic ones. Distances are
/// squared RGB distances against xterm's default palette, except that greys (and colours too
/// dark to show their hue) go by lightness to black, grey or white: by plain distance a mid
/// grey is nearer to yellow than to white.
public enum ColorReduction {
    /// Red, green and blue of one colour.
    public struct RGB: Hashable, Sendable {
        public var r: Int, g: Int, b: Int
        public init(_ r: Int, _ g: Int, _ b: Int) {
            self.r = r
            self.g = g
            self.b = b
        }

        /// Perceived lightness, 0–255 (ITU-R BT.601 weights).
        var luma: Int { (299 * r + 587 * g + 114 * b) / 1000 }

        func distance(_ o: RGB) -> Int {
            let dr = r - o.r, dg = g - o.g, db = b - o.b
            return dr * dr + dg * dg + db * db
        }
    }

    /// xterm's default values for the 16 named colours.
    public static let basic: [RGB] = [
        RGB(0, 0, 0), RGB(205, 0, 0), RGB(0, 205, 0), RGB(205, 205, 0),
        RGB(0, 0, 238), RGB(205, 0, 205), RGB(0, 205, 205), RGB(229, 229, 229),
        RGB(127, 127, 127), RGB(255, 0, 0), RGB(0, 255, 0), RGB(255, 255, 0),
        RGB(92, 92, 255), RGB(255, 0, 255), RGB(0, 255, 255), RGB(255, 255, 255),
    ]

    /// The channel values of the 6×6×6 cube (indices 16–231).
    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// The RGB value of a palette index in xterm's default palette.
    public static func rgb(ofIndex index: UInt8) -> RGB {
        let i = Int(index)
        if i < 16 { return basic[i] }
        if i >= 232 {
            let v = 8 + 10 * (i - 232)
            return RGB(v, v, v)
        }
        let c = i - 16
        return RGB(cubeLevels[c / 36], cubeLevels[c / 6 % 6], cubeLevels[c % 6])
    }

    /// The nearest of the 256 colours (cube or grey ramp) to an exact colour.
    public static func nearest256(_ c: RGB) -> UInt8 {
        func level(_ v: Int) -> Int { v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40 }
        let q = (level(c.r), level(c.g), level(c.b))
        let cube = RGB(cubeLevels[q.0], cubeLevels[q.1], cubeLevels[q.2])
        let cubeIndex = 16 + 36 * q.0 + 6 * q.1 + q.2
        if cube == c { return UInt8(cubeIndex) }
        let average = (c.r + c.g + c.b) / 3
        let greyStep = average > 238 ? 23 : max(0, (average - 3) / 10)
        let grey = 8 + 10 * greyStep
        if RGB(grey, grey, grey).distance(c) < cube.distance(c) { return UInt8(232 + greyStep) }
        return UInt8(cubeIndex)
    }

    /// The nearest of the first `count` (16 or 8) named colours.
    public static func nearestBasic(_ c: RGB, count: Int) -> UInt8 {
        let hi = max(c.r, c.g, c.b), lo = min(c.r, c.g, c.b)
        if hi - lo < 48 || hi < 64 {
            let greys = count >= 16 ? [0, 8, 7, 15] : [0, 7]
            let l = c.luma
            return UInt8(greys.min { abs(basic[$0].r - l) < abs(basic[$1].r - l) }!)
        }
        var best = 0
        for i in 1..<min(count, basic.count) where basic[i].distance(c) < basic[best].distance(c) { best = i }
        return UInt8(best)
    }

    /// Black or white at a depth, whichever stands out more against `index`: what text gets
    /// when reduction would leave it the colour of its background.
    public static func contrasting(_ index: Int, at depth: ColorDepth) -> Int {
        let light = rgb(ofIndex: UInt8(index)).luma > 127
        switch depth {
        case .full256: return light ? 16 : 231
        case .sixteen: return light ? 0 : 15
        default: return light ? 0 : 7
        }
    }

    /// A palette index reduced to a terminal with `count` (16 or 8) colours. The named 16 keep
    /// their number on 16-colour terminals; on 8, the bright eight fall back to their plain
    /// counterparts; other indices go to the nearest by value.
    public static func reduce(index: UInt8, toBasic count: Int) -> UInt8 {
        if Int(index) < count { return index }
        if index < 16, count == 8 { return index - 8 }
        return nearestBasic(rgb(ofIndex: index), count: count)
    }

    /// The palette number to send for a colour at a depth; nil at `.none`.
    public static func index(of color: ThemeColor, at depth: ColorDepth) -> Int? {
        switch (color, depth) {
        case (_, .none): nil
        case (.indexed(let i), .full256): Int(i)
        case (.indexed(let i), _): Int(reduce(index: i, toBasic: depth.rawValue))
        case (.rgb(let r, let g, let b), .full256): Int(nearest256(RGB(Int(r), Int(g), Int(b))))
        case (.rgb(let r, let g, let b), _): Int(nearestBasic(RGB(Int(r), Int(g), Int(b)), count: depth.rawValue))
        }
    }
}

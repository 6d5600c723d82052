/// The date a plain-text page states in the lines around its title, chosen among the dates
/// those lines hold: a full date on a date line (a short line that is mostly a date:
/// `mercoledì 30 luglio 2025`) beats a full date inside a longer line (`ISSN … attribuito il
/// 7 marzo 2008`), which beats a month and year (`Gemeinderatsitzung – März 2021` above
/// `Gemeinderatssitzung vom 02.03.2021`). Between equals the first offered wins.
struct HeadDate {
    /// Words a date line holds at most.
    static let dateLineWords = 8

    private(set) var best: String?
    private var rank = 0
    /// Whether `best` came from a date line.
    var isOnDateLine: Bool { rank == 3 }

    mutating func offer(_ iso: String?, onDateLine: Bool) {
        guard let iso else { return }
        let r = iso.utf8.count >= 10 ? (onDateLine ? 3 : 2) : 1
        if r > rank {
            best = iso
            rank = r
        }
    }
}

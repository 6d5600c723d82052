/// Dev or test, decided once by the document's file name: test when the FNV-1a 32-bit hash of
/// the name's UTF-8 bytes is divisible by 3 (the rule in `Tests/Corpus/README.md`).
enum CorpusSplit: String, CaseIterable {
    case dev, test

    init(fileName: String) {
        var hash: UInt32 = 0x811C_9DC5
        for byte in fileName.utf8 {
            hash = (hash ^ UInt32(byte)) &* 0x0100_0193
        }
        self = hash % 3 == 0 ? .test : .dev
    }
}

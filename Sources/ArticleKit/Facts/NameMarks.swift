/// The resolved names of one block by token, for the source finder: the entity of the name that
/// ends at a token (and where that name starts), and of the name that starts at one (and where
/// it ends). Arrays over the block's tokens; -1 marks no name.
struct NameMarks {
    private var endEntity: [Int] = []
    private var endFirst: [Int] = []
    private var startEntity: [Int] = []
    private var startLast: [Int] = []

    init() {}

    init(count: Int) {
        endEntity = [Int](repeating: -1, count: count)
        endFirst = endEntity
        startEntity = endEntity
        startLast = endEntity
    }

    var isEmpty: Bool { endEntity.isEmpty }

    /// Where the name ending at `last` starts, if one does.
    func firstByLast(_ last: Int) -> Int? { endEntity[last] >= 0 ? endFirst[last] : nil }

    /// Records a name of `entity` over `first...last` (a later name replaces an earlier one).
    mutating func mark(entity: Int, first: Int, last: Int) {
        endEntity[last] = entity
        endFirst[last] = first
        startEntity[first] = entity
        startLast[first] = last
    }

    /// Entity of the name ending at a token: `ends[k]`, nil for no name or outside the block.
    var endsView: Ends { Ends(entity: endEntity) }
    /// Entity and last token of the name starting at a token: `starts[k]`.
    var startsView: Starts { Starts(entity: startEntity, last: startLast) }

    struct Ends {
        let entity: [Int]
        subscript(_ k: Int) -> Int? { k >= 0 && k < entity.count && entity[k] >= 0 ? entity[k] : nil }
    }

    struct Starts {
        let entity: [Int]
        let last: [Int]
        subscript(_ k: Int) -> (Int, Int)? { k >= 0 && k < entity.count && entity[k] >= 0 ? (entity[k], last[k]) : nil }
    }
}
